// Versions of Flywheel, Qt, libtorch, SQLCipher and libsodium, as this binary sees them at run time.
#include "VersionInfo.h"

#include "crypto/Kdf.h"
#include "crypto/SecureBytes.h"
#include "crypto/Sodium.h"
#include "mlruntime/MlRuntimeLoader.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QtGlobal>

namespace fw::cli {

namespace {
// Asks a throw-away in-memory database, so the answer proves SQLCipher (not plain SQLite) is
// the library actually loaded, as the workspace itself would.
QString sqlcipherText()
{
    const QString sqlite = store::Database::sqlcipherVersion();
    Result<std::unique_ptr<store::Database>> db =
        store::Database::open(QStringLiteral(":memory:"), crypto::SecureBytes(crypto::kKeyBytes),
                              store::Database::Mode::Create);
    if (!db)
        return QCoreApplication::translate("fw::cli", "not active (SQLite %1 answered)").arg(sqlite);
    return QCoreApplication::translate("fw::cli", "%1 (SQLite %2)").arg((*db)->cipherVersion(), sqlite);
}
// The only command that loads libtorch: every other command starts without it.
QString torchText()
{
    Result<ml::MlRuntime*> runtime = ml::loadMlRuntime();
    if (!runtime)
        return QCoreApplication::translate("fw::cli", "unavailable (%1)").arg(runtime.error().message);
    const ml::DeviceInfo info = (*runtime)->deviceInfo();
    return QCoreApplication::translate("fw::cli", "%1 (%2, BLAS: %3)").arg(info.torchVersion, (*runtime)->deviceSummary(), info.blasBackend);
}
} // namespace

QString versionText()
{
    const QString tmpl = QCoreApplication::translate("fw::cli", "flywheel-cli %1\n"
                                                                "Qt %2\n"
                                                                "libtorch %3\n"
                                                                "SQLCipher %4\n"
                                                                "libsodium %5");
    return tmpl.arg(QStringLiteral(FLYWHEEL_VERSION), QString::fromLatin1(qVersion()),
                    torchText(), sqlcipherText(),
                    QString::fromLatin1(crypto::sodiumVersion()));
}

} // namespace fw::cli
