// One `flywheel-cli GROUP NAME` command: its help, its options and what it runs.
#pragma once

#include "Outcome.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <functional>

namespace fw::cli {

class CliContext;

// What a running command gets: the parsed options, its own positional arguments (after
// GROUP NAME) and the context.
struct Invocation
{
    const QCommandLineParser& parser;
    QStringList args;
    const CliContext& context;
};

struct Command
{
    QString group;                     // "wallet"
    QString name;                      // "show"
    QString summary;                   // one line, translated
    QStringList arguments;             // positional arguments, e.g. {"NAME"}; "[NAME]" is optional
    QList<QCommandLineOption> options; // beyond the global --workspace and --help
    bool needsWorkspace = true;        // refuse to run without --workspace / FLYWHEEL_WORKSPACE
    std::function<Outcome(const Invocation&)> run;

    int requiredArguments() const
    {
        return int(std::count_if(arguments.begin(), arguments.end(),
                                 [](const QString& a) { return !a.startsWith(QLatin1Char('[')); }));
    }
};

} // namespace fw::cli
