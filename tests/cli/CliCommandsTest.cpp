// flywheel-cli end to end: workspace and wallet commands, restore, passphrases, errors, help.
#include "CliRunner.h"

#include "crypto/Address.h"
#include "crypto/Kdf.h"
#include "crypto/Mnemonic.h"
#include "crypto/SecureBytes.h"
#include "crypto/WalletKeys.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

namespace {
const QString kPass = QStringLiteral("correct horse");
const QString kInteractive = QStringLiteral("interactive");

// Exit codes documented in app/cli/ExitCodes.h.
constexpr int kUsage = 2;
constexpr int kInvalidArgument = 3;
constexpr int kNotFound = 4;
constexpr int kWrongPassphrase = 6;

QMap<QString, QString> withPass(const QString& pass = kPass)
{
    return {{QStringLiteral("FLYWHEEL_PASSPHRASE"), pass}};
}
} // namespace

class CliCommandsTest : public QObject
{
    Q_OBJECT

private:
    QString folder(const QString& name) const { return m_tmp.filePath(name); }
    QStringList in(const QString& workspace, const QStringList& args) const
    {
        return QStringList{QStringLiteral("--workspace"), workspace} + args;
    }

    QTemporaryDir m_tmp;
    CliRunner m_cli{m_tmp.filePath(QStringLiteral("home"))};
    QString m_workspace; // created once in initTestCase, never changed by the tests below
    QString m_address;

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QVERIFY(QDir().mkpath(folder(QStringLiteral("home"))));
        m_workspace = folder(QStringLiteral("main"));
        const CliRun init = m_cli.run(in(m_workspace, {"workspace", "init", "--kdf", kInteractive, "--name", "Ada"}),
                                      withPass());
        QCOMPARE(init.exitCode, 0);
        m_address = init.outLine();
        QVERIFY2(fw::crypto::isValidAddress(m_address), qPrintable(m_address));
        QVERIFY(m_address.startsWith(QLatin1String("fw1")));
    }

    void walletShowPrintsTheInitAddress()
    {
        const CliRun show = m_cli.run(in(m_workspace, {"wallet", "show"}), withPass());
        QCOMPARE(show.exitCode, 0);
        QCOMPARE(show.outLine(), m_address);

        // The environment variable names the workspace just as well as --workspace.
        QMap<QString, QString> env = withPass();
        env.insert(QStringLiteral("FLYWHEEL_WORKSPACE"), m_workspace);
        const CliRun all = m_cli.run({"wallet", "show", "--all"}, env);
        QCOMPARE(all.exitCode, 0);
        QCOMPARE(all.outLine(), m_address + QStringLiteral("\tAda\tdefault"));
    }

    void workspaceInfoDescribesTheWorkspace()
    {
        const CliRun info = m_cli.run(in(m_workspace, {"workspace", "info", "--json"}), withPass());
        QCOMPARE(info.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(info.out).object();
        QCOMPARE(o.value("folder").toString(), QDir(m_workspace).absolutePath());
        QCOMPARE(o.value("formatVersion").toInt(), 1);
        QVERIFY(o.value("schemaVersion").toInt() >= 1);
        QCOMPARE(o.value("schemaVersion").toInt(), o.value("latestSchemaVersion").toInt());
        QVERIFY(!o.value("cipherVersion").toString().isEmpty());
        QCOMPARE(o.value("kdfMemLimitBytes").toInteger(), qint64(fw::crypto::KdfParams::interactive().memLimitBytes));
        QCOMPARE(o.value("identities").toInt(), 1);
    }

    void mnemonicRestoresTheSameAddressElsewhere()
    {
        const CliRun words = m_cli.run(in(m_workspace, {"wallet", "mnemonic"}), withPass());
        QCOMPARE(words.exitCode, 0);
        QCOMPARE(fw::crypto::mnemonic::splitWords(words.outLine()).size(), 24);

        const QString other = folder(QStringLiteral("restored"));
        const CliRun restore = m_cli.run(in(other, {"workspace", "init", "--restore", "--kdf", kInteractive}),
                                         withPass(QStringLiteral("another one")), words.out);
        QCOMPARE(restore.exitCode, 0);
        QCOMPARE(restore.outLine(), m_address);
    }

    void bip39ZeroEntropyVectorGivesTheCryptoAddress()
    {
        const QString words = QStringLiteral("abandon ").repeated(23) + QStringLiteral("art");
        const fw::crypto::SecureBytes zero(32);
        QCOMPARE(fw::crypto::mnemonic::fromEntropy(zero).join(QLatin1Char(' ')), words);
        const QString expected =
            fw::crypto::addressFromPublicKey(fw::crypto::walletKeyFromEntropy(zero).publicKey());

        const CliRun restore = m_cli.run(in(folder(QStringLiteral("vector")),
                                            {"workspace", "init", "--restore", "--kdf", kInteractive}),
                                         withPass(), words.toUtf8() + '\n');
        QCOMPARE(restore.exitCode, 0);
        QCOMPARE(restore.outLine(), expected);
    }

    void wrongPassphraseFailsAndTouchesNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("wallet show") << QStringList{"wallet", "show"};
        QTest::newRow("wallet mnemonic") << QStringList{"wallet", "mnemonic"};
        QTest::newRow("wallet new") << QStringList{"wallet", "new", "Mallory"};
        QTest::newRow("workspace passwd") << QStringList{"workspace", "passwd"};
    }

    void wrongPassphraseFailsAndTouchesNothing()
    {
        QFETCH(QStringList, args);
        const QMap<QString, QByteArray> before = hashTree(m_workspace);
        QVERIFY(!before.isEmpty());
        QMap<QString, QString> env = withPass(QStringLiteral("not it"));
        env.insert(QStringLiteral("FLYWHEEL_NEW_PASSPHRASE"), QStringLiteral("stolen"));
        const CliRun run = m_cli.run(in(m_workspace, args), env);
        QCOMPARE(run.exitCode, kWrongPassphrase);
        QVERIFY2(run.oneErrorLine(), run.err.constData());
        QVERIFY(run.err.contains("Wrong passphrase"));
        QVERIFY(run.out.isEmpty());
        QCOMPARE(hashTree(m_workspace), before);
    }

    void passwdReplacesThePassphrase()
    {
        const QString ws = folder(QStringLiteral("rekey"));
        const CliRun init = m_cli.run(in(ws, {"workspace", "init", "--kdf", kInteractive}), withPass());
        QCOMPARE(init.exitCode, 0);

        QMap<QString, QString> env = withPass();
        env.insert(QStringLiteral("FLYWHEEL_NEW_PASSPHRASE"), QStringLiteral("new secret"));
        QCOMPARE(m_cli.run(in(ws, {"workspace", "passwd"}), env).exitCode, 0);

        const CliRun old = m_cli.run(in(ws, {"wallet", "show"}), withPass());
        QCOMPARE(old.exitCode, kWrongPassphrase);
        QVERIFY(old.oneErrorLine());
        const CliRun fresh = m_cli.run(in(ws, {"wallet", "show"}), withPass(QStringLiteral("new secret")));
        QCOMPARE(fresh.exitCode, 0);
        QCOMPARE(fresh.outLine(), init.outLine());
    }

    void walletNewRestoreAndDefault()
    {
        const QString ws = folder(QStringLiteral("identities"));
        QCOMPARE(m_cli.run(in(ws, {"workspace", "init", "--kdf", kInteractive}), withPass()).exitCode, 0);
        const CliRun bob = m_cli.run(in(ws, {"wallet", "new", "Bob"}), withPass());
        QCOMPARE(bob.exitCode, 0);
        QVERIFY(fw::crypto::isValidAddress(bob.outLine()));

        const QString words = QStringLiteral("abandon ").repeated(23) + QStringLiteral("art");
        const CliRun carol = m_cli.run(in(ws, {"wallet", "restore", "Carol"}), withPass(), words.toUtf8());
        QCOMPARE(carol.exitCode, 0);

        // Upper case is the same address; the default moves to it.
        const CliRun made = m_cli.run(in(ws, {"wallet", "default", carol.outLine().toUpper()}), withPass());
        QCOMPARE(made.exitCode, 0);
        QCOMPARE(m_cli.run(in(ws, {"wallet", "show"}), withPass()).outLine(), carol.outLine());

        const CliRun all = m_cli.run(in(ws, {"wallet", "show", "--all", "--json"}), withPass());
        const QJsonArray list = QJsonDocument::fromJson(all.out).array();
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(1).toObject().value("name").toString(), QStringLiteral("Bob"));
        QCOMPARE(list.at(2).toObject().value("default").toBool(), true);
        QCOMPARE(list.at(0).toObject().value("default").toBool(), false);

        const CliRun mnemonic = m_cli.run(in(ws, {"wallet", "mnemonic", "--address", carol.outLine()}), withPass());
        QCOMPARE(mnemonic.outLine(), words);
    }

    void demoWorkspaceListsItsIdentities()
    {
        const QString ws = folder(QStringLiteral("demo"));
        const CliRun demo = m_cli.run(in(ws, {"workspace", "init", "--demo"}), {});
        QCOMPARE(demo.exitCode, 0);
        const QStringList lines = demo.outLine().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines.at(0).startsWith(QLatin1String("fw1")));
        QVERIFY(lines.at(0).endsWith(QLatin1String("\tdefault")));
        const CliRun all = m_cli.run(in(ws, {"wallet", "show", "--all"}), withPass(QStringLiteral("demo")));
        QCOMPARE(all.exitCode, 0);
        QCOMPARE(all.outLine(), demo.outLine());
    }

    // The public "demo" passphrase is a default, not a rule: one the user set is the one that opens
    // it.
    void demoWorkspaceTakesTheGivenPassphrase_data()
    {
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("opens");
        QTest::addColumn<QString>("refused");
        QTest::newRow("none given") << QString() << QStringLiteral("demo") << kPass;
        QTest::newRow("given") << kPass << kPass << QStringLiteral("demo");
    }
    void demoWorkspaceTakesTheGivenPassphrase()
    {
        QFETCH(QString, given);
        QFETCH(QString, opens);
        QFETCH(QString, refused);
        const QString ws =
            folder(QStringLiteral("demo-") + QString::fromLatin1(QTest::currentDataTag()));
        const CliRun demo =
            m_cli.run(in(ws, {"workspace", "init", "--demo", "--kdf", kInteractive}),
                      given.isNull() ? QMap<QString, QString>{} : withPass(given));
        QVERIFY2(demo.exitCode == 0, demo.err.constData());
        QCOMPARE(m_cli.run(in(ws, {"wallet", "show"}), withPass(opens)).exitCode, 0);
        QCOMPARE(m_cli.run(in(ws, {"wallet", "show"}), withPass(refused)).exitCode,
                 kWrongPassphrase);
        // Only the public passphrase is worth printing.
        QCOMPARE(demo.err.contains("\"demo\""), given.isNull());
    }

    void errorsAreClearOneLiners_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("reason");

        const QString missing = QDir(m_tmp.path()).filePath(QStringLiteral("nowhere"));
        QString typo = m_address;
        typo[10] = typo.at(10) == QLatin1Char('q') ? QLatin1Char('p') : QLatin1Char('q');
        const QByteArray badWord = (QStringLiteral("abandon ").repeated(23) + QStringLiteral("artx")).toUtf8();
        const QByteArray badChecksum = (QStringLiteral("abandon ").repeated(24)).toUtf8();

        QTest::newRow("missing workspace") << QStringList{"--workspace", missing, "wallet", "show"} << QByteArray()
                                           << kNotFound << QStringLiteral("No Flywheel workspace");
        QTest::newRow("no workspace named") << QStringList{"wallet", "show"} << QByteArray() << kUsage
                                            << QStringLiteral("--workspace");
        QTest::newRow("address typo") << QStringList{"--workspace", m_workspace, "wallet", "default", typo}
                                      << QByteArray() << kInvalidArgument << QStringLiteral("Invalid address");
        QTest::newRow("unknown address") << QStringList{"--workspace", m_workspace, "wallet", "mnemonic", "--address", "fw1"}
                                         << QByteArray() << kInvalidArgument << QStringLiteral("Invalid address");
        QTest::newRow("bad word") << QStringList{"--workspace", m_workspace, "wallet", "restore", "Eve"} << badWord
                                  << kInvalidArgument << QStringLiteral("artx");
        QTest::newRow("bad checksum") << QStringList{"--workspace", folder("never"), "workspace", "init", "--restore"}
                                      << badChecksum << kInvalidArgument << QStringLiteral("checksum");
        QTest::newRow("too few words") << QStringList{"--workspace", folder("never"), "workspace", "init", "--restore"}
                                       << QByteArray("abandon art") << kInvalidArgument << QStringLiteral("got 2");
        QTest::newRow("unknown command") << QStringList{"wallet", "steal"} << QByteArray() << kUsage
                                         << QStringLiteral("wallet steal");
        QTest::newRow("unknown option") << QStringList{"--workspace", m_workspace, "wallet", "show", "--everything"}
                                        << QByteArray() << kUsage << QStringLiteral("everything");
        QTest::newRow("bad kdf") << QStringList{"--workspace", folder("never"), "workspace", "init", "--kdf", "none"}
                                 << QByteArray() << kInvalidArgument << QStringLiteral("moderate or interactive");
        QTest::newRow("existing workspace") << QStringList{"--workspace", m_workspace, "workspace", "init"}
                                            << QByteArray() << 5 << QStringLiteral("already holds");
        QTest::newRow("model without demo")
            << QStringList{"--workspace", folder("never"), "workspace", "init", "--with-model"}
            << QByteArray() << kUsage << QStringLiteral("--with-model goes with --demo");
    }

    void errorsAreClearOneLiners()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, input);
        QFETCH(int, exitCode);
        QFETCH(QString, reason);
        const CliRun run = m_cli.run(args, withPass(), input);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.oneErrorLine(), run.err.constData());
        QVERIFY2(QString::fromUtf8(run.err).contains(reason, Qt::CaseInsensitive), run.err.constData());
        QVERIFY(!QDir(folder(QStringLiteral("never"))).exists());
    }

    void passphraseIsNeverTakenFromArgv_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("reason");
        const QString hint = QStringLiteral("FLYWHEEL_PASSPHRASE");
        QTest::newRow("--passphrase option") << QStringList{"workspace", "init", "--passphrase", "hunter2"} << kUsage
                                             << hint;
        QTest::newRow("--passphrase=") << QStringList{"workspace", "init", "--passphrase=hunter2"} << kUsage << hint;
        QTest::newRow("--password") << QStringList{"workspace", "passwd", "--password", "hunter2"} << kUsage << hint;
        QTest::newRow("positional") << QStringList{"workspace", "init", "hunter2"} << kUsage
                                    << QStringLiteral("takes 0 argument");
        // No environment variable and no terminal: refuse rather than invent or wait.
        QTest::newRow("nothing") << QStringList{"workspace", "init", "--kdf", "interactive"} << kInvalidArgument
                                 << hint;
    }

    void passphraseIsNeverTakenFromArgv()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, reason);
        const QString ws = folder(QStringLiteral("argv"));
        const CliRun run = m_cli.run(in(ws, args), {{QStringLiteral("FLYWHEEL_PASSPHRASE"), QString()}});
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.oneErrorLine(), run.err.constData());
        QVERIFY2(QString::fromUtf8(run.err).contains(reason), run.err.constData());
        QVERIFY(!QDir(ws).exists());
    }

    void helpAndVersion()
    {
        const CliRun help = m_cli.run({"--help"});
        QCOMPARE(help.exitCode, 0);
        for (const char* command : {"workspace init", "workspace passwd", "workspace info", "wallet show",
                                    "wallet mnemonic", "wallet new", "wallet restore", "wallet default"}) {
            QVERIFY2(help.out.contains(command), command);
            const CliRun own = m_cli.run(QString::fromLatin1(command).split(' ') + QStringList{"--help"});
            QCOMPARE(own.exitCode, 0);
            QVERIFY(own.out.contains("--workspace"));
        }
        const CliRun version = m_cli.run({"--version"});
        QCOMPARE(version.exitCode, 0);
        for (const char* library : {"flywheel-cli 0.", "Qt 6.", "libtorch ", "SQLCipher ", "libsodium "})
            QVERIFY2(version.out.contains(library), version.out.constData());
        QVERIFY2(!version.out.contains("not active"), version.out.constData());
        QCOMPARE(m_cli.run({}).exitCode, kUsage);
    }
};

QTEST_GUILESS_MAIN(CliCommandsTest)
#include "CliCommandsTest.moc"
