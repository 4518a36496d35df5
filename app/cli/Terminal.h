// Reading secrets from a terminal without echo (termios), and recovery words from standard input.
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QStringList>

namespace fw::cli {

class Output;

// True when standard input is a terminal, i.e. a person can answer a prompt.
bool stdinIsTerminal();

// Shows `prompt` on stderr and reads one line with echo off. An empty answer or end of input is
// ErrorCode::Cancelled. Only call when stdinIsTerminal().
Result<QByteArray> readHiddenLine(const Output& out, const QString& prompt);

// Reads standard input until `count` words have arrived or it ends; splits on any whitespace.
QStringList readWords(int count);

} // namespace fw::cli
