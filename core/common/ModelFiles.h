// A model's, adapter's or tokenizer's files held in memory (name -> bytes), so that the ML engine
// loads and saves them without any plaintext copy on a file system. Torch-free.
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <utility>

namespace fw {

class ModelFiles
{
public:
    ModelFiles() = default;
    ModelFiles(std::initializer_list<std::pair<QString, QByteArray>> files);

    bool isEmpty() const { return m_files.isEmpty(); }
    int count() const { return int(m_files.size()); }
    bool contains(const QString& name) const { return m_files.contains(name); }
    // The file's bytes; empty when absent (check contains() where that matters).
    QByteArray value(const QString& name) const { return m_files.value(name); }
    void insert(const QString& name, const QByteArray& bytes) { m_files.insert(name, bytes); }
    void remove(const QString& name) { m_files.remove(name); }
    QStringList names() const { return m_files.keys(); } // sorted
    qint64 totalBytes() const;
    const QMap<QString, QByteArray>& map() const { return m_files; }

    // A user's folder (import): the regular files directly inside it, or only `names` when given.
    static Result<ModelFiles> readFolder(const QString& dir, const QStringList& names = {});
    // A user-chosen folder (export): every file written atomically; the folder is created.
    Status writeFolder(const QString& dir) const;

private:
    QMap<QString, QByteArray> m_files; // implicitly shared: copies are cheap
};

} // namespace fw
