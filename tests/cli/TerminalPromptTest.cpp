// The passphrase prompt on a real terminal (a pseudo-terminal): typing is not echoed, and Ctrl-C
// at the prompt ends the CLI with the terminal's echo switched back on.
#include <QByteArray>
#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <poll.h>
#include <pty.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

class TerminalPromptTest : public QObject
{
    Q_OBJECT
private slots:
    void ctrlCAtPromptRestoresEcho()
    {
        QTemporaryDir workspace;
        QProcess init;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FLYWHEEL_PASSPHRASE"), QStringLiteral("terminal test"));
        init.setProcessEnvironment(env);
        init.start(QStringLiteral(FLYWHEEL_CLI_PATH),
                   {"--workspace", workspace.path(), "workspace", "init", "--kdf", "interactive"});
        QVERIFY(init.waitForFinished(60000));
        QCOMPARE(init.exitCode(), 0);

        int master = -1;
        const pid_t child = forkpty(&master, nullptr, nullptr, nullptr);
        QVERIFY(child >= 0);
        if (child == 0) {
            unsetenv("FLYWHEEL_PASSPHRASE");
            execl(FLYWHEEL_CLI_PATH, "flywheel-cli", "--workspace", workspace.path().toLocal8Bit().constData(),
                  "wallet", "show", static_cast<char*>(nullptr));
            _exit(127);
        }
        // Wait for the prompt, then for echo to be off on the terminal.
        QByteArray seen;
        QElapsedTimer clock;
        clock.start();
        termios mode{};
        while (clock.elapsed() < 20000) {
            pollfd fd{master, POLLIN, 0};
            if (poll(&fd, 1, 100) > 0) {
                char buffer[256];
                const ssize_t n = read(master, buffer, sizeof buffer);
                if (n > 0)
                    seen.append(buffer, n);
            }
            if (seen.contains("assphrase") && tcgetattr(master, &mode) == 0 && !(mode.c_lflag & ECHO))
                break;
        }
        QVERIFY2(seen.contains("assphrase"), seen.constData());
        QVERIFY2(!(mode.c_lflag & ECHO), "echo is still on at the prompt");

        const char ctrlC = 0x03; // the terminal turns it into SIGINT for the CLI
        QCOMPARE(write(master, &ctrlC, 1), ssize_t(1));
        int status = 0;
        QCOMPARE(waitpid(child, &status, 0), child);
        QVERIFY(WIFSIGNALED(status));
        QCOMPARE(WTERMSIG(status), SIGINT);
        QVERIFY(tcgetattr(master, &mode) == 0);
        QVERIFY2(mode.c_lflag & ECHO, "the CLI left the terminal without echo");
        close(master);
    }
};

QTEST_GUILESS_MAIN(TerminalPromptTest)
#include "TerminalPromptTest.moc"
