// With libtorch (and through it the system libsqlite3) loaded, a workspace is still encrypted.
#include "TestSupport.h"
#include "ml/DeviceInfo.h"
#include "store/Database.h"
#include "store/Workspace.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <dlfcn.h>

using namespace fw;

class BesideTorchTest : public QObject
{
    Q_OBJECT
private slots:
    void systemSqliteIsReallyLoaded()
    {
        // Guards the premise of this test: if torch stops pulling libsqlite3 in, say so.
        QVERIFY(!ml::deviceInfo().torchVersion.isEmpty());
        void* plain = dlopen("libsqlite3.so.0", RTLD_NOW | RTLD_NOLOAD);
        if (!plain)
            QSKIP("libsqlite3 is not loaded in this process; nothing can shadow SQLCipher here");
        dlclose(plain);
    }
    void workspaceIsEncryptedBesideTorch()
    {
        QTemporaryDir tmp;
        auto ws = store::Workspace::create(tmp.path(), "p", test::fastOptions());
        QVERIFY2(ws.ok(), qPrintable(ws.error().message));
        {
            auto db = (*ws)->requireDatabase();
            QVERIFY(db.ok());
            QVERIFY(!(*db)->cipherVersion().isEmpty());
            QVERIFY((*db)->exec("CREATE TABLE t(x); INSERT INTO t VALUES('TORCH-SIDE-MARKER')").ok());
        }
        const QString dbPath = tmp.filePath((*ws)->header().databaseFile);
        ws->reset();
        QVERIFY(!store::isPlaintextSqliteFile(dbPath));
        QVERIFY(test::filesContaining(tmp.path(), "TORCH-SIDE-MARKER").isEmpty());
    }
};

QTEST_GUILESS_MAIN(BesideTorchTest)
#include "beside_torch_test.moc"
