// flywheel-cli datanet end to end: create, import (refusal, --skip-bad, duplicates, --as), review,
// records, show, freeze, statement, prove, verify-proof (against a version or a signed statement;
// tampered and one-leaf proofs), export round trip, signed bundles between workspaces, demo
// datanets.
#include "CliRunner.h"
#include "crypto/Address.h"
#include "datanet/MerkleTree.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

namespace {
const QString kPass = QStringLiteral("correct horse");

// Exit codes documented in app/cli/ExitCodes.h.
constexpr int kUsage = 2;
constexpr int kInvalidArgument = 3;
constexpr int kNotFound = 4;
constexpr int kAlreadyExists = 5;
constexpr int kCorrupt = 8;
constexpr int kUnsupported = 9;

QMap<QString, QString> withPass(const QString& pass = kPass)
{
    return {{QStringLiteral("FLYWHEEL_PASSPHRASE"), pass}};
}

QByteArray alpaca(int i)
{
    return QStringLiteral(R"({"instruction":"Name fact number %1.","input":"","output":"Fact %1 is that %2 follows %3."})")
               .arg(i).arg(i + 1).arg(i).toUtf8()
           + '\n';
}

// "key<TAB>value" lines -> map.
QMap<QString, QString> keyValues(const QByteArray& out)
{
    QMap<QString, QString> map;
    for (const QByteArray& line : out.split('\n')) {
        const int tab = line.indexOf('\t');
        if (tab > 0)
            map.insert(QString::fromUtf8(line.left(tab)), QString::fromUtf8(line.mid(tab + 1)));
    }
    return map;
}

// The canonical proof JSON of a one-leaf tree holding only `leaf`, in the datanet of `real`:
// consistent with itself, whatever the leaf.
QByteArray oneLeafProof(const QJsonObject& real, const QByteArray& leaf)
{
    const QByteArray uid = QByteArray::fromHex(real.value("datanet").toString().toLatin1());
    const QByteArray version =
        fw::datanet::MerkleTree::seal(uid, fw::datanet::MerkleTree::leafHash(leaf), 1);
    return "{\"version\":1,\"type\":\"flywheel.datanet.inclusion-proof\",\"datanet\":\"" +
           uid.toHex() + "\",\"datanetVersion\":\"" + version.toHex() + "\",\"record\":\"" +
           leaf.toHex() + "\",\"index\":0,\"treeSize\":1,\"path\":[]}";
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool isHex64(const QString& s)
{
    return s.size() == 64 && QByteArray::fromHex(s.toLatin1()).toHex() == s.toLatin1();
}
} // namespace

class CliDatanetTest : public QObject
{
    Q_OBJECT

private:
    QString folder(const QString& name) const { return m_tmp.filePath(name); }
    CliRun dn(const QStringList& args) const
    {
        return m_cli.run(QStringList{QStringLiteral("--workspace"), m_workspace, QStringLiteral("datanet")} + args,
                         withPass());
    }
    QString writeFile(const QString& name, const QByteArray& bytes) const
    {
        QFile f(folder(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        return f.fileName();
    }
    QStringList hashes(const QString& datanet, const QString& status = {}) const
    {
        QStringList args{QStringLiteral("records"), datanet};
        if (!status.isEmpty())
            args << QStringLiteral("--status") << status;
        QStringList out;
        for (const QByteArray& line : dn(args).out.split('\n'))
            if (!line.isEmpty())
                out << QString::fromUtf8(line.split('\t').first());
        return out;
    }

    QTemporaryDir m_tmp;
    CliRunner m_cli{m_tmp.filePath(QStringLiteral("home"))};
    QString m_workspace;
    QString m_address;

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QVERIFY(QDir().mkpath(folder(QStringLiteral("home"))));
        m_workspace = folder(QStringLiteral("main"));
        const CliRun init = m_cli.run({"--workspace", m_workspace, "workspace", "init", "--kdf", "interactive",
                                       "--name", "Ada"},
                                      withPass());
        QCOMPARE(init.exitCode, 0);
        m_address = init.outLine();
    }

    void createAndList()
    {
        const CliRun create = dn({"create", "facts", "--kind", "instruction"});
        QCOMPARE(create.exitCode, 0);
        QCOMPARE(create.outLine(), QStringLiteral("facts"));
        const CliRun again = dn({"create", "facts", "--kind", "instruction"});
        QCOMPARE(again.exitCode, kAlreadyExists);
        QVERIFY(again.oneErrorLine());
        const CliRun badKind = dn({"create", "other", "--kind", "poem"});
        QCOMPARE(badKind.exitCode, kUsage);
        QVERIFY(badKind.oneErrorLine());

        const CliRun list = dn({"list"});
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(list.out.contains("facts\tinstruction\t0\t0\t-\n"), list.out.constData());
    }

    void malformedFileIsRefusedWholeWithLineNumbers()
    {
        QCOMPARE(dn({"create", "strict", "--kind", "instruction"}).exitCode, 0);
        const QString file = writeFile(QStringLiteral("bad.jsonl"),
                                       alpaca(1) + "{not json\n" + alpaca(3) + R"({"instruction":"x"})" + "\n");
        const CliRun import = dn({"import", "strict", file, "--format", "alpaca"});
        QCOMPARE(import.exitCode, kInvalidArgument);
        QVERIFY2(import.oneErrorLine(), import.err.constData());
        QVERIFY2(import.err.contains("line 2") && import.err.contains("line 4"), import.err.constData());
        QVERIFY(!import.err.contains("line 1:") && !import.err.contains("line 3:"));
        QVERIFY(import.out.isEmpty());
        QCOMPARE(keyValues(dn({"show", "strict"}).out).value("records"), QStringLiteral("0"));

        const CliRun skip = dn({"import", "strict", file, "--skip-bad"});
        QCOMPARE(skip.exitCode, 0);
        const QMap<QString, QString> counts = keyValues(skip.out);
        QCOMPARE(counts.value("added"), QStringLiteral("2"));
        QCOMPARE(counts.value("duplicates"), QStringLiteral("0"));
        QCOMPARE(counts.value("rejected"), QStringLiteral("2"));
        QCOMPARE(hashes(QStringLiteral("strict")).size(), 2);
    }

    void duplicatesAreCounted()
    {
        QCOMPARE(dn({"create", "dups", "--kind", "instruction"}).exitCode, 0);
        const QString file = writeFile(QStringLiteral("dups.jsonl"), alpaca(1) + alpaca(2) + alpaca(1) + alpaca(3));
        const CliRun first = dn({"import", "dups", file});
        QCOMPARE(first.exitCode, 0);
        QCOMPARE(keyValues(first.out).value("added"), QStringLiteral("3"));
        QCOMPARE(keyValues(first.out).value("duplicates"), QStringLiteral("1"));
        QCOMPARE(keyValues(first.out).value("rejected"), QStringLiteral("0"));
        // No terminal here: no progress chatter on stderr.
        QVERIFY2(first.err.isEmpty(), first.err.constData());

        const CliRun second = dn({"import", "dups", file});
        QCOMPARE(second.exitCode, 0);
        QCOMPARE(keyValues(second.out).value("added"), QStringLiteral("0"));
        QCOMPARE(keyValues(second.out).value("duplicates"), QStringLiteral("4"));
        QCOMPARE(keyValues(dn({"show", "dups"}).out).value("duplicates"), QStringLiteral("5"));
    }

    void importAsAnotherIdentity()
    {
        const CliRun added = m_cli.run({"--workspace", m_workspace, "wallet", "new", "Grace"}, withPass());
        QCOMPARE(added.exitCode, 0);
        const QString grace = added.outLine();
        QCOMPARE(dn({"create", "shared", "--kind", "instruction"}).exitCode, 0);
        const QString one = writeFile(QStringLiteral("one.jsonl"), alpaca(10));
        const QString two = writeFile(QStringLiteral("two.jsonl"), alpaca(20));
        QCOMPARE(dn({"import", "shared", one}).exitCode, 0);
        QCOMPARE(dn({"import", "shared", two, "--as", grace}).exitCode, 0);

        const CliRun json = dn({"records", "shared", "--json"});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(json.out).array();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).toObject().value("contributor").toString(), m_address);
        QCOMPARE(rows.at(1).toObject().value("contributor").toString(), grace);
        QCOMPARE(rows.at(1).toObject().value("status").toString(), QStringLiteral("pending"));

        // One changed character breaks the address checksum; nothing is imported.
        QString typo = grace;
        typo[10] = typo.at(10) == QLatin1Char('q') ? QLatin1Char('p') : QLatin1Char('q');
        const CliRun bad = dn({"import", "shared", writeFile(QStringLiteral("three.jsonl"), alpaca(30)), "--as", typo});
        QCOMPARE(bad.exitCode, kInvalidArgument);
        QVERIFY(bad.oneErrorLine());
        QCOMPARE(hashes(QStringLiteral("shared")).size(), 2);
    }

    void reviewAndRecords()
    {
        QCOMPARE(dn({"create", "review", "--kind", "instruction"}).exitCode, 0);
        const QString file = writeFile(QStringLiteral("review.jsonl"), alpaca(1) + alpaca(2) + alpaca(3));
        QCOMPARE(dn({"import", "review", file}).exitCode, 0);
        const QStringList all = hashes(QStringLiteral("review"), QStringLiteral("pending"));
        QCOMPARE(all.size(), 3);
        for (const QString& h : all)
            QVERIFY(isHex64(h));

        QCOMPARE(dn({"review", "review"}).exitCode, kUsage);
        QCOMPARE(dn({"review", "review", "--reject", all.at(0)}).exitCode, kUsage); // no reason
        QCOMPARE(dn({"review", "review", "--approve", QString(64, QLatin1Char('0'))}).exitCode, kNotFound);
        QCOMPARE(dn({"records", "review", "--status", "maybe"}).exitCode, kInvalidArgument);

        const CliRun reject = dn({"review", "review", "--reject", all.at(0).left(12), "--reason", "wrong"});
        QCOMPARE(reject.exitCode, 0);
        QCOMPARE(reject.outLine(), QStringLiteral("1"));
        const CliRun approve = dn({"review", "review", "--approve", all.at(1)});
        QCOMPARE(approve.outLine(), QStringLiteral("1"));
        const CliRun rest = dn({"review", "review", "--approve-all"});
        QCOMPARE(rest.outLine(), QStringLiteral("1"));

        QCOMPARE(hashes(QStringLiteral("review"), QStringLiteral("rejected")), QStringList{all.at(0)});
        QCOMPARE(hashes(QStringLiteral("review"), QStringLiteral("approved")), (QStringList{all.at(1), all.at(2)}));
        const CliRun line = dn({"records", "review", "--status", "rejected"});
        QCOMPARE(line.outLine(), all.at(0) + QStringLiteral("\t") + m_address + QStringLiteral("\trejected"));

        const QMap<QString, QString> show = keyValues(dn({"show", "review"}).out);
        QCOMPARE(show.value("records"), QStringLiteral("3"));
        QCOMPARE(show.value("approved"), QStringLiteral("2"));
        QCOMPARE(show.value("rejected"), QStringLiteral("1"));
        QCOMPARE(show.value("ready"), QStringLiteral("yes")); // no requirements set
        const QJsonObject json = QJsonDocument::fromJson(dn({"show", "review", "--json"}).out).object();
        QCOMPARE(json.value("approved").toInt(), 2);
        QVERIFY(!json.value("requirements").toArray().isEmpty());
    }

    void freezeProveVerify()
    {
        QCOMPARE(dn({"create", "proofs", "--kind", "instruction"}).exitCode, 0);
        QByteArray lines;
        for (int i = 0; i < 7; ++i)
            lines += alpaca(100 + i);
        QCOMPARE(dn({"import", "proofs", writeFile(QStringLiteral("proofs.jsonl"), lines)}).exitCode, 0);
        QCOMPARE(dn({"prove", "proofs", "--version", "latest", QString(8, QLatin1Char('a'))}).exitCode, kNotFound);
        QCOMPARE(dn({"review", "proofs", "--approve-all"}).outLine(), QStringLiteral("7"));
        const CliRun freeze = dn({"freeze", "proofs"});
        QCOMPARE(freeze.exitCode, 0);
        const QString version = freeze.outLine();
        QVERIFY2(isHex64(version), qPrintable(version));
        QVERIFY(dn({"list"}).out.contains("proofs\tinstruction\t7\t7\t" + version.toLatin1() + "\n"));

        const QString record = hashes(QStringLiteral("proofs")).at(4);
        const CliRun prove = dn({"prove", "proofs", "--version", version.left(10), record});
        QCOMPARE(prove.exitCode, 0);
        const QJsonObject proof = QJsonDocument::fromJson(prove.out).object();
        QCOMPARE(proof.value("record").toString(), record);
        QCOMPARE(proof.value("datanetVersion").toString(), version);
        QCOMPARE(dn({"prove", "proofs", "--version", "latest", record}).out, prove.out);

        // Against the signed statement file, verify-proof needs neither a workspace nor a
        // passphrase.
        const CliRun statement = dn({"statement", "proofs", "--version", "latest"});
        QCOMPARE(statement.exitCode, 0);
        const QJsonObject signedBy = QJsonDocument::fromJson(statement.out).object();
        QCOMPARE(signedBy.value("datanetVersion").toString(), version);
        QCOMPARE(signedBy.value("curator").toString(), m_address);
        QCOMPARE(signedBy.value("recordCount").toInt(), 7);
        const QString trusted = writeFile(QStringLiteral("statement.json"), statement.out);
        const QString file = writeFile(QStringLiteral("proof.json"), prove.out);
        const QMap<QString, QString> bare{{QStringLiteral("FLYWHEEL_PASSPHRASE"), QString()},
                                          {QStringLiteral("FLYWHEEL_WORKSPACE"), QString()}};
        const CliRun ok =
            m_cli.run({"datanet", "verify-proof", file, "--statement", trusted}, bare);
        QCOMPARE(ok.exitCode, 0);
        QVERIFY(ok.outLine().startsWith(QLatin1String("ok")));
        QVERIFY(ok.outLine().endsWith(m_address));
        QCOMPARE(m_cli
                     .run({"datanet", "verify-proof", file, "--statement", trusted, "--curator",
                           m_address},
                          bare)
                     .exitCode,
                 0);
        // Against a version of the workspace, through its stored statement.
        const CliRun inWorkspace = dn({"verify-proof", file, "--version", version.left(12)});
        QCOMPARE(inWorkspace.exitCode, 0);
        QVERIFY(inWorkspace.outLine().startsWith(QLatin1String("ok")));

        // A proof checked only against itself is refused, with the reason.
        const CliRun alone = m_cli.run({"datanet", "verify-proof", file}, bare);
        QCOMPARE(alone.exitCode, kUsage);
        QVERIFY2(alone.err.contains("against itself"), alone.err.constData());

        // One leaf, no path: a self-consistent "proof" of a hash that was never in the datanet.
        const QByteArray leaf = QByteArray(32, '\x42');
        const QString forgedFile =
            writeFile(QStringLiteral("forged.json"), oneLeafProof(proof, leaf));
        QCOMPARE(m_cli.run({"datanet", "verify-proof", forgedFile}, bare).exitCode, kUsage);
        const CliRun forgedVsStatement =
            m_cli.run({"datanet", "verify-proof", forgedFile, "--statement", trusted}, bare);
        QCOMPARE(forgedVsStatement.exitCode, kCorrupt);
        QVERIFY2(forgedVsStatement.oneErrorLine(), forgedVsStatement.err.constData());
        QCOMPARE(dn({"verify-proof", forgedFile, "--version", version}).exitCode, kCorrupt);

        // A statement with one changed field, or from a curator the verifier did not name: refused.
        QByteArray altered = statement.out;
        altered.replace("\"recordCount\":7", "\"recordCount\":8");
        QCOMPARE(m_cli
                     .run({"datanet", "verify-proof", file, "--statement",
                           writeFile(QStringLiteral("altered.json"), altered)},
                          bare)
                     .exitCode,
                 kCorrupt);
        const QString other =
            m_cli.run({"--workspace", m_workspace, "wallet", "new", "Curie"}, withPass()).outLine();
        QCOMPARE(
            m_cli
                .run({"datanet", "verify-proof", file, "--statement", trusted, "--curator", other},
                     bare)
                .exitCode,
            kCorrupt);

        // A changed hex digit of the path, a changed index, a non-canonical layout: all fail.
        QByteArray tampered = prove.out;
        const int at = tampered.indexOf("\"path\":[\"") + 9;
        tampered[at] = tampered.at(at) == '0' ? '1' : '0';
        const CliRun bad =
            m_cli.run({"datanet", "verify-proof", writeFile(QStringLiteral("bad1.json"), tampered),
                       "--statement", trusted},
                      bare);
        QVERIFY(bad.exitCode != 0);
        QVERIFY2(bad.oneErrorLine(), bad.err.constData());
        tampered = prove.out;
        const QByteArray index = "\"index\":" + QByteArray::number(proof.value("index").toInt());
        tampered.replace(index, "\"index\":" + QByteArray::number(proof.value("index").toInt() ^ 1));
        QVERIFY(m_cli
                    .run({"datanet", "verify-proof",
                          writeFile(QStringLiteral("bad2.json"), tampered), "--statement", trusted},
                         bare)
                    .exitCode != 0);
        tampered = prove.out;
        tampered.replace("{\"version\":1", "{\"version\" :1");
        QVERIFY(m_cli
                    .run({"datanet", "verify-proof",
                          writeFile(QStringLiteral("bad3.json"), tampered), "--statement", trusted},
                         bare)
                    .exitCode != 0);
        QCOMPARE(m_cli
                     .run({"datanet", "verify-proof", folder(QStringLiteral("missing.json")),
                           "--statement", trusted},
                          bare)
                     .exitCode,
                 kNotFound);
    }

    void exportRoundTrip()
    {
        QCOMPARE(dn({"create", "source", "--kind", "instruction"}).exitCode, 0);
        QByteArray lines;
        for (int i = 0; i < 5; ++i)
            lines += alpaca(200 + i);
        QCOMPARE(dn({"import", "source", writeFile(QStringLiteral("source.jsonl"), lines)}).exitCode, 0);
        QCOMPARE(dn({"review", "source", "--approve-all"}).exitCode, 0);
        const QString version = dn({"freeze", "source"}).outLine();

        const QString exported = folder(QStringLiteral("exported.jsonl"));
        QCOMPARE(dn({"export", "source", exported, "--format", "alpaca"}).exitCode, kUsage); // no --version
        const CliRun out = dn({"export", "source", "--version", "latest", "--format", "alpaca", exported});
        QCOMPARE(out.exitCode, 0);
        QCOMPARE(out.outLine(), QStringLiteral("5"));

        // Back into the same datanet: every record is a duplicate and the same version comes back.
        const CliRun again = dn({"import", "source", exported});
        QCOMPARE(keyValues(again.out).value("added"), QStringLiteral("0"));
        QCOMPARE(keyValues(again.out).value("duplicates"), QStringLiteral("5"));
        QCOMPARE(dn({"freeze", "source"}).outLine(), version);

        // Into a fresh datanet: the same records, hash for hash.
        QCOMPARE(dn({"create", "copy", "--kind", "instruction"}).exitCode, 0);
        QCOMPARE(keyValues(dn({"import", "copy", exported}).out).value("added"), QStringLiteral("5"));
        const QStringList original = hashes(QStringLiteral("source"));
        const QStringList copied = hashes(QStringLiteral("copy"));
        QCOMPARE(QSet<QString>(copied.begin(), copied.end()), QSet<QString>(original.begin(), original.end()));

        for (const char* format : {"sharegpt", "openai", "text"}) {
            const CliRun other = dn({"export", "source", "--version", version, "--format", format,
                                     folder(QStringLiteral("exported.") + QLatin1String(format))});
            QCOMPARE(other.exitCode, 0);
            QCOMPARE(other.outLine(), QStringLiteral("5"));
        }
        QCOMPARE(dn({"export", "source", "--version", version, "--format", "preference",
                     folder(QStringLiteral("exported.pref"))})
                     .exitCode,
                 kUnsupported); // instructions have no rejected answer
    }

    void signedBundleBetweenWorkspaces()
    {
        const QString hopper =
            m_cli.run({"--workspace", m_workspace, "wallet", "new", "Hopper"}, withPass())
                .outLine();
        QCOMPARE(dn({"create", "authored", "--kind", "instruction"}).exitCode, 0);
        QCOMPARE(dn({"import", "authored",
                     writeFile(QStringLiteral("ada.jsonl"), alpaca(300) + alpaca(301))})
                     .exitCode,
                 0);
        QCOMPARE(dn({"import", "authored", writeFile(QStringLiteral("hopper.jsonl"), alpaca(302)),
                     "--as", hopper})
                     .exitCode,
                 0);
        QCOMPARE(dn({"review", "authored", "--approve-all"}).exitCode, 0);
        QCOMPARE(dn({"freeze", "authored"}).exitCode, 0);
        const QString bundle = folder(QStringLiteral("authored.bundle.jsonl"));
        QCOMPARE(dn({"export", "authored", bundle, "--version", "latest", "--signed", "--format",
                     "alpaca"})
                     .exitCode,
                 kUsage);
        const CliRun exported =
            dn({"export", "authored", bundle, "--version", "latest", "--signed"});
        QCOMPARE(exported.exitCode, 0);
        QCOMPARE(exported.outLine(), QStringLiteral("3"));

        // Another machine: its own workspace and person.
        const QString other = folder(QStringLiteral("other"));
        QCOMPARE(m_cli
                     .run({"--workspace", other, "workspace", "init", "--kdf", "interactive",
                           "--name", "Bob"},
                          withPass())
                     .exitCode,
                 0);
        const auto there = [&](const QStringList& args) {
            return m_cli.run(QStringList{QStringLiteral("--workspace"), other} + args, withPass());
        };
        QCOMPARE(there({"datanet", "create", "copy", "--kind", "instruction"}).exitCode, 0);

        // One altered record refuses the whole bundle, naming its line; nothing lands.
        QList<QByteArray> lines = readAll(bundle).split('\n');
        lines[2].replace("Fact", "Fiction");
        const CliRun refused =
            there({"datanet", "import-bundle", "copy",
                   writeFile(QStringLiteral("altered.bundle.jsonl"), lines.join('\n'))});
        QCOMPARE(refused.exitCode, kCorrupt);
        QVERIFY2(refused.oneErrorLine() && refused.err.contains("line 3:"),
                 refused.err.constData());
        QCOMPARE(there({"datanet", "records", "copy"}).out, QByteArray());

        const CliRun imported = there({"datanet", "import-bundle", "copy", bundle});
        QCOMPARE(imported.exitCode, 0);
        QCOMPARE(keyValues(imported.out).value("added"), QStringLiteral("3"));
        const QJsonArray rows =
            QJsonDocument::fromJson(there({"datanet", "records", "copy", "--json"}).out).array();
        QMap<QString, int> credited;
        for (const QJsonValue& row : rows)
            ++credited[row.toObject().value("contributor").toString()];
        QCOMPARE(credited, (QMap<QString, int>{{m_address, 2}, {hopper, 1}}));

        // Ada and Hopper are known there by public key only, and marked as such.
        const QByteArray identities = there({"wallet", "show", "--all"}).out;
        QVERIFY2(identities.contains(m_address.toLatin1() + '\t') &&
                     identities.contains(hopper.toLatin1() + '\t'),
                 identities.constData());
        for (const QByteArray& line : identities.trimmed().split('\n'))
            QCOMPARE(line.endsWith("\texternal"), !line.endsWith("\tdefault"));
        QCOMPARE(there({"wallet", "default", hopper}).exitCode, kInvalidArgument);
        QCOMPARE(there({"datanet", "import", "copy",
                        writeFile(QStringLiteral("as.jsonl"), alpaca(303)), "--as", hopper})
                     .exitCode,
                 kInvalidArgument);
    }

    void demoWorkspaceListsItsDatanets()
    {
        const QString ws = folder(QStringLiteral("demo"));
        QCOMPARE(m_cli.run({"--workspace", ws, "workspace", "init", "--demo"}, {}).exitCode, 0);
        const CliRun list = m_cli.run({"--workspace", ws, "datanet", "list"}, withPass(QStringLiteral("demo")));
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(list.out.contains("World facts (demo)\tinstruction\t"), list.out.constData());
        QVERIFY2(list.out.contains("Helpful answers (demo)\tpreference\t"), list.out.constData());
        for (const QByteArray& line : list.out.trimmed().split('\n'))
            QVERIFY2(isHex64(QString::fromLatin1(line.split('\t').last())), line.constData()); // frozen
    }
};

QTEST_GUILESS_MAIN(CliDatanetTest)
#include "CliDatanetTest.moc"
