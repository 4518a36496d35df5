// Recent workspaces in the user's settings.
#include "store/RecentWorkspaces.h"

#include "store/Workspace.h"

#include <QDir>
#include <QSettings>

namespace fw::store {

namespace {
const QString kKey = QStringLiteral("workspace/recent");
}

QStringList RecentWorkspaces::list() const
{
    QStringList out;
    for (const QString& dir : m_settings.value(kKey).toStringList())
        if (Workspace::isWorkspace(dir))
            out << dir;
    return out;
}

void RecentWorkspaces::add(const QString& dir)
{
    const QString path = QDir(dir).absolutePath();
    QStringList all = m_settings.value(kKey).toStringList();
    all.removeAll(path);
    all.prepend(path);
    while (all.size() > kMaxEntries)
        all.removeLast();
    m_settings.setValue(kKey, all);
}

void RecentWorkspaces::remove(const QString& dir)
{
    QStringList all = m_settings.value(kKey).toStringList();
    all.removeAll(QDir(dir).absolutePath());
    m_settings.setValue(kKey, all);
}

} // namespace fw::store
