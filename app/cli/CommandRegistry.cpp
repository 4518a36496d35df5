// Finding the command named on the command line, parsing its options, and mapping its outcome.
#include "CommandRegistry.h"

#include "CliContext.h"
#include "Output.h"

#include <QCoreApplication>

namespace fw::cli {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("fw::cli", text);
}

const QString kWorkspaceOption = QStringLiteral("workspace");

QCommandLineOption workspaceOption()
{
    return QCommandLineOption(kWorkspaceOption,
                              tr("Workspace folder (default: $%1).")
                                  .arg(QString::fromLatin1(CliContext::kWorkspaceVar)),
                              tr("DIR"));
}

QCommandLineOption helpOption()
{
    return QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
}

// The words of the command line that are not options or option values, in order. Only the
// global --workspace takes a value before the command name, so this finds GROUP and NAME.
QStringList leadingWords(const QStringList& args)
{
    QStringList words;
    for (int i = 0; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        if (arg == QLatin1String("--workspace"))
            ++i;
        else if (!arg.startsWith(QLatin1Char('-')))
            words.append(arg);
    }
    return words;
}

bool hasFlag(const QStringList& args, std::initializer_list<const char*> names)
{
    for (const char* name : names)
        if (args.contains(QLatin1String(name)))
            return true;
    return false;
}

// A passphrase in argv is readable by every local user; say so instead of "unknown option".
bool triesPassphraseInArgv(const QStringList& args)
{
    for (const QString& arg : args)
        if (arg.startsWith(QLatin1String("--pass")) || arg.startsWith(QLatin1String("--new-pass")))
            return true;
    return false;
}

int report(const Output& out, const Outcome& outcome)
{
    if (!outcome.ok())
        out.error(outcome.message());
    return int(outcome.code());
}
} // namespace

void CommandRegistry::add(Command command)
{
    m_commands.append(std::move(command));
}

const Command* CommandRegistry::find(const QString& group, const QString& name) const
{
    for (const Command& c : m_commands)
        if (c.group == group && c.name == name)
            return &c;
    return nullptr;
}

QStringList CommandRegistry::groups() const
{
    QStringList names;
    for (const Command& c : m_commands)
        if (!names.contains(c.group))
            names.append(c.group);
    return names;
}

QString CommandRegistry::toolHelp() const
{
    QString text = tr("Usage: flywheel-cli [--workspace DIR] GROUP COMMAND [options] [arguments]\n"
                      "       flywheel-cli --version | --help\n"
                      "       flywheel-cli GROUP COMMAND --help\n\n"
                      "Commands:\n");
    for (const QString& group : groups())
        text += groupHelp(group);
    text += tr("\nEnvironment:\n"
               "  %1       workspace folder when --workspace is not given\n"
               "  %2      passphrase of the workspace (else a no-echo prompt on a terminal)\n"
               "  %3  new passphrase for 'workspace passwd'\n"
               "Passphrases are never accepted as command-line arguments.\n\n"
               "Exit codes:\n")
                .arg(QString::fromLatin1(CliContext::kWorkspaceVar),
                     QString::fromLatin1(CliContext::kPassphraseVar),
                     QString::fromLatin1(CliContext::kNewPassphraseVar));
    return text + exitCodeHelp();
}

QString CommandRegistry::groupHelp(const QString& group) const
{
    QString text;
    for (const Command& c : m_commands) {
        if (c.group != group)
            continue;
        QStringList words{c.group, c.name, c.arguments.join(QLatin1Char(' '))};
        words.removeAll(QString());
        const QString usage = words.join(QLatin1Char(' '));
        text += QStringLiteral("  %1%2\n").arg(usage, -28).arg(c.summary);
    }
    return text;
}

int CommandRegistry::execute(const QStringList& arguments, const QProcessEnvironment& env,
                             const Output& out) const
{
    const QStringList args = arguments.mid(1);
    if (triesPassphraseInArgv(args))
        return report(out, Outcome::usage(tr("Passphrases are never accepted on the command line; "
                                             "set %1 or answer the prompt.")
                                              .arg(QString::fromLatin1(CliContext::kPassphraseVar))));
    const QStringList words = leadingWords(args);
    const bool wantsHelp = hasFlag(args, {"-h", "--help"});

    if (words.isEmpty()) {
        if (hasFlag(args, {"--version", "-V"}) && m_versionText) {
            out.line(m_versionText());
            return int(ExitCode::Ok);
        }
        if (wantsHelp) {
            out.line(toolHelp());
            return int(ExitCode::Ok);
        }
        out.note(toolHelp());
        return report(out, Outcome::usage(tr("No command given.")));
    }
    const QString group = words.at(0);
    if (!groups().contains(group))
        return report(out, Outcome::usage(tr("Unknown command group '%1'; see flywheel-cli --help.").arg(group)));
    // A command without a name is the group itself (`flywheel-cli train CONFIG.json`).
    if (const Command* single = find(group, QString()))
        return runCommand(*single, arguments, env, out);
    if (words.size() < 2) {
        if (wantsHelp) {
            out.line(groupHelp(group));
            return int(ExitCode::Ok);
        }
        out.note(groupHelp(group));
        return report(out, Outcome::usage(tr("'%1' needs a command.").arg(group)));
    }
    const Command* command = find(group, words.at(1));
    if (!command)
        return report(out, Outcome::usage(tr("Unknown command '%1 %2'; see flywheel-cli %1 --help.")
                                              .arg(group, words.at(1))));
    return runCommand(*command, arguments, env, out);
}

int CommandRegistry::runCommand(const Command& command, const QStringList& arguments,
                                const QProcessEnvironment& env, const Output& out) const
{
    QCommandLineParser parser;
    parser.setApplicationDescription(command.summary);
    parser.addOption(helpOption());
    parser.addOption(workspaceOption());
    parser.addOptions(command.options);
    parser.addPositionalArgument(command.group, QString(), command.group);
    if (!command.name.isEmpty())
        parser.addPositionalArgument(command.name, QString(), command.name);
    for (const QString& argument : command.arguments)
        parser.addPositionalArgument(argument, QString(), argument);

    if (!parser.parse(arguments))
        return report(out, Outcome::usage(parser.errorText()));
    if (parser.isSet(QStringLiteral("help"))) {
        out.line(parser.helpText());
        return int(ExitCode::Ok);
    }
    const QStringList args = parser.positionalArguments().mid(command.name.isEmpty() ? 1 : 2);
    if (args.size() < command.requiredArguments() || args.size() > command.arguments.size())
        return report(out, Outcome::usage(tr("'%1 %2' takes %3 argument(s) (%4), got %5.")
                                              .arg(command.group, command.name)
                                              .arg(command.arguments.size())
                                              .arg(command.arguments.join(QLatin1Char(' ')))
                                              .arg(args.size())));
    const CliContext context(parser.value(kWorkspaceOption), env, out);
    if (command.needsWorkspace && context.workspaceDir().isEmpty())
        return report(out, Outcome::usage(tr("No workspace: pass --workspace DIR or set %1.")
                                              .arg(QString::fromLatin1(CliContext::kWorkspaceVar))));
    return report(out, command.run(Invocation{parser, args, context}));
}

} // namespace fw::cli
