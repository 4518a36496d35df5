// Where a command's results and errors go: stdout for data, stderr for one-line errors and prompts.
#pragma once

#include <QJsonDocument>
#include <QString>

#include <cstdio>

namespace fw::cli {

class Output
{
public:
    Output(std::FILE* out = stdout, std::FILE* err = stderr) : m_out(out), m_err(err) {}

    // One line of data (UTF-8, newline appended).
    void line(const QString& text) const;
    void json(const QJsonDocument& doc) const;
    // "flywheel-cli: error: <reason>" on a single line, whatever the reason contained.
    void error(const QString& reason) const;
    // Non-data chatter (prompts, notes) goes to stderr so stdout stays machine-readable.
    void note(const QString& text) const;

private:
    std::FILE* m_out;
    std::FILE* m_err;
};

} // namespace fw::cli
