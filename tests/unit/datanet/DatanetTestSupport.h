// Helpers for the datanet tests: a fast workspace with identities, datanets, files to import.
#pragma once

#include "datanet/DatanetImporter.h"
#include "datanet/DatanetService.h"
#include "unit/store/TestSupport.h"
#include "wallet/WalletService.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace fw::test {

// A workspace in a temporary folder with `identities` wallet identities.
struct DatanetFixture
{
    QTemporaryDir dir;
    std::unique_ptr<store::Workspace> ws;
    QList<wallet::Identity> people;

    explicit DatanetFixture(int identities = 2)
    {
        auto created = store::Workspace::create(dir.filePath("ws"), "test passphrase", fastOptions());
        if (!created)
            qFatal("cannot create workspace: %s", qPrintable(created.error().message));
        ws = std::move(*created);
        wallet::WalletService wallet(*ws);
        for (int i = 0; i < identities; ++i)
            people << *wallet.createIdentity(QStringLiteral("person %1").arg(i));
    }

    datanet::Datanet makeDatanet(const QString& name, datanet::RecordKind kind,
                                 const datanet::Requirements& r = {})
    {
        datanet::Datanet spec;
        spec.name = name;
        spec.kind = kind;
        spec.requirements = r;
        auto d = datanet::DatanetService(*ws).create(spec);
        // Tests share one workspace (creating one costs an Argon2 run), so names get a suffix.
        for (int n = 2; !d && d.error().code == ErrorCode::AlreadyExists; ++n) {
            spec.name = name + QStringLiteral("-%1").arg(n);
            d = datanet::DatanetService(*ws).create(spec);
        }
        if (!d)
            qFatal("cannot create datanet: %s", qPrintable(d.error().message));
        return *d;
    }

    QString writeFile(const QString& name, const QByteArray& contents)
    {
        const QString path = dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(contents) != contents.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    Result<datanet::ImportReport> import(qint64 datanetId, const QString& name, const QByteArray& contents,
                                         bool skipBad = false, int person = 0)
    {
        datanet::ImportOptions o;
        o.identityId = people.at(person).id;
        o.skipBad = skipBad;
        return datanet::DatanetImporter(*ws).importFile(datanetId, writeFile(name, contents), o);
    }
};

inline QByteArray alpacaLines(int count, int offset = 0)
{
    QByteArray out;
    for (int i = offset; i < offset + count; ++i)
        out += QStringLiteral("{\"instruction\":\"Add %1 and %2.\",\"input\":\"\",\"output\":\"%1 plus %2 is %3.\"}\n")
                   .arg(i).arg(i * 7 + 3).arg(i + i * 7 + 3).toUtf8();
    return out;
}

} // namespace fw::test
