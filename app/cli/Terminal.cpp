// termios no-echo prompt and word reading.
#include "Terminal.h"

#include "Output.h"

#include "crypto/Mnemonic.h"
#include "crypto/SecureBytes.h"

#include <QCoreApplication>

#include <csignal>
#include <iterator>
#include <cstdio>
#include <cstring>
#include <termios.h>
#include <unistd.h>

namespace fw::cli {

namespace {
// The terminal settings to put back if a signal (Ctrl-C, a closed window) ends the process while
// echo is off. A signal handler can only reach them through a global; it is set and cleared by
// EchoOff alone, and only one prompt is ever open at a time.
termios g_savedTerminal{};

constexpr int kRestoringSignals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};

extern "C" void restoreTerminalAndDie(int sig)
{
    tcsetattr(STDIN_FILENO, TCSANOW, &g_savedTerminal); // async-signal-safe
    std::signal(sig, SIG_DFL);
    std::raise(sig);
}

// Restores the terminal when reading ends, fails or is interrupted by a signal, so a shell is
// never left without echo.
class EchoOff
{
public:
    EchoOff()
    {
        m_active = tcgetattr(STDIN_FILENO, &g_savedTerminal) == 0;
        if (!m_active)
            return;
        struct sigaction action{};
        action.sa_handler = restoreTerminalAndDie;
        sigemptyset(&action.sa_mask);
        for (std::size_t i = 0; i < std::size(kRestoringSignals); ++i)
            sigaction(kRestoringSignals[i], &action, &m_previous[i]);
        termios quiet = g_savedTerminal;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ECHONL; // the user still sees that Enter was taken
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    ~EchoOff()
    {
        if (!m_active)
            return;
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_savedTerminal);
        for (std::size_t i = 0; i < std::size(kRestoringSignals); ++i)
            sigaction(kRestoringSignals[i], &m_previous[i], nullptr);
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

private:
    struct sigaction m_previous[std::size(kRestoringSignals)]{};
    bool m_active = false;
};

QByteArray readLine(std::FILE* in)
{
    QByteArray line;
    char buffer[256];
    while (std::fgets(buffer, sizeof buffer, in)) {
        line.append(buffer);
        std::memset(buffer, 0, sizeof buffer); // it held part of a secret
        if (line.endsWith('\n'))
            break;
    }
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return line;
}
} // namespace

bool stdinIsTerminal()
{
    return isatty(STDIN_FILENO) == 1;
}

Result<QByteArray> readHiddenLine(const Output& out, const QString& prompt)
{
    out.note(prompt);
    QByteArray line;
    {
        EchoOff guard;
        line = readLine(stdin);
    }
    if (line.isEmpty())
        return makeError(ErrorCode::Cancelled, QCoreApplication::translate("fw::cli", "No passphrase entered."));
    return line;
}

QStringList readWords(int count)
{
    QStringList words;
    while (words.size() < count && !std::feof(stdin)) {
        QByteArray line = readLine(stdin);
        words += crypto::mnemonic::splitWords(QString::fromUtf8(line));
        crypto::wipe(line);
        if (std::ferror(stdin))
            break;
    }
    return words;
}

} // namespace fw::cli
