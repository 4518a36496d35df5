// All commands of flywheel-cli, grouped, with argument parsing, help and dispatch.
//
// Adding a command group (datanet, model, train, generate, tokenize, node, ...):
//   1. write app/cli/<Group>Commands.cpp with `void register<Group>Commands(CommandRegistry&)`
//      that calls registry.add({...}) once per command;
//   2. declare it in CommandGroups.h and add one line to registerAllCommands() in CommandGroups.cpp;
//   3. add the .cpp to app/cli/CMakeLists.txt.
// Nothing else changes: help, usage errors, --workspace and exit codes come from here.
#pragma once

#include "Command.h"

#include <QList>
#include <QProcessEnvironment>
#include <QStringList>

#include <functional>

namespace fw::cli {

class Output;

class CommandRegistry
{
public:
    void add(Command command);
    // What `flywheel-cli --version` prints; computed only when asked (it loads libtorch).
    void setVersionText(std::function<QString()> versionText) { m_versionText = std::move(versionText); }

    // Parses `arguments` (argv, program name first), runs the command, reports errors, and returns
    // the process exit code.
    int execute(const QStringList& arguments, const QProcessEnvironment& env, const Output& out) const;

    const QList<Command>& commands() const { return m_commands; }

private:
    const Command* find(const QString& group, const QString& name) const;
    QStringList groups() const;
    QString toolHelp() const;
    QString groupHelp(const QString& group) const;
    int runCommand(const Command& command, const QStringList& arguments, const QProcessEnvironment& env,
                   const Output& out) const;

    QList<Command> m_commands;
    std::function<QString()> m_versionText;
};

} // namespace fw::cli
