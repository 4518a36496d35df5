// Crash-safe file replacement: write a temporary beside the target, fsync it, rename over, fsync
// the folder. A kill at any point leaves either the old or the new file, never a torn one.
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace fw {

Status writeFileAtomically(const QString& path, const QByteArray& contents);
// Flushes a folder's entries (a rename or a new file) to disk.
Status syncDirectory(const QString& dir);
Status syncFile(const QString& path);

} // namespace fw
