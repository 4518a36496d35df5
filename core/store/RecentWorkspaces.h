// The list of recently opened workspace folders, most recent first, kept in QSettings.
#pragma once

#include <QStringList>

class QSettings;

namespace fw::store {

class RecentWorkspaces
{
public:
    explicit RecentWorkspaces(QSettings& settings) : m_settings(settings) {}

    QStringList list() const; // only folders that still hold a workspace
    void add(const QString& dir);
    void remove(const QString& dir);

    static constexpr int kMaxEntries = 10;

private:
    QSettings& m_settings;
};

} // namespace fw::store
