// dlopen-based loading of the ML engine module.
#include "mlruntime/MlRuntimeLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>

#include <atomic>
#include <mutex>

namespace fw::ml {

namespace {
std::atomic<MlRuntime*> g_loaded{nullptr};

const char* const kModuleFile = "libflywheel_ml_module.so";
} // namespace

QStringList mlModuleCandidates()
{
    QStringList out;
    const QString fromEnv = qEnvironmentVariable("FLYWHEEL_ML_MODULE");
    if (!fromEnv.isEmpty())
        out << fromEnv;
    if (QCoreApplication::instance()) {
        const QDir bin(QCoreApplication::applicationDirPath());
        out << QDir::cleanPath(bin.filePath(QStringLiteral(FLYWHEEL_ML_MODULE_INSTALLED_RELDIR "/") +
                                            QLatin1String(kModuleFile)));
        out << QDir::cleanPath(bin.filePath(QStringLiteral("../lib/flywheel/") + QLatin1String(kModuleFile)));
    }
    out << QStringLiteral(FLYWHEEL_ML_MODULE_BUILD_PATH);
    out.removeDuplicates();
    return out;
}

Result<MlRuntime*> loadMlRuntime()
{
    static std::mutex mutex;
    std::lock_guard<std::mutex> lock(mutex);
    if (MlRuntime* runtime = g_loaded.load())
        return runtime;
    QStringList tried;
    for (const QString& path : mlModuleCandidates()) {
        if (!QFileInfo::exists(path))
            continue;
        QLibrary library(path);
        library.setLoadHints(QLibrary::ExportExternalSymbolsHint);
        using Entry = MlRuntime* (*)();
        auto entry = reinterpret_cast<Entry>(library.resolve("flywheel_ml_runtime"));
        if (!entry) {
            tried << QStringLiteral("%1 (%2)").arg(path, library.errorString());
            continue;
        }
        MlRuntime* runtime = entry(); // the QLibrary handle is dropped but the module stays loaded
        g_loaded.store(runtime);
        return runtime;
    }
    return makeError(ErrorCode::NotFound,
                     QCoreApplication::translate("fw::ml", "The ML engine module could not be loaded: %1")
                         .arg(tried.isEmpty() ? mlModuleCandidates().join(QStringLiteral(", ")) + QLatin1Char('?')
                                              : tried.join(QStringLiteral("; "))));
}

MlRuntime* loadedMlRuntime()
{
    return g_loaded.load();
}

void adoptMlRuntime(MlRuntime* runtime)
{
    MlRuntime* none = nullptr;
    g_loaded.compare_exchange_strong(none, runtime);
}

} // namespace fw::ml
