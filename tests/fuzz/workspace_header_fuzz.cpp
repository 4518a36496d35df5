// Fuzz target: workspace.json parsing must reject garbage with an error, never crash.
#include "store/WorkspaceHeader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static QTemporaryDir dir;
    QFile f(QDir(dir.path()).filePath(QStringLiteral("workspace.json")));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 0;
    f.write(reinterpret_cast<const char*>(data), qint64(size));
    f.close();
    auto header = fw::store::WorkspaceHeader::read(dir.path());
    if (header.ok() && (header->keyCheck.size() != 32 || header->databaseFile.contains('/')))
        __builtin_trap(); // accepted something the format forbids
    return 0;
}
