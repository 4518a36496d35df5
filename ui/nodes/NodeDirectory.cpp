// The local node's whereabouts, shared between the Nodes page and the Playground.
#include "ui/nodes/NodeDirectory.h"

#include <QJsonObject>

namespace fw::ui {

void NodeDirectory::setLocalNode(const QString& url)
{
    if (url == m_localUrl)
        return;
    m_localUrl = url;
    if (url.isEmpty())
        m_localDeployments.clear();
    emit changed();
}

void NodeDirectory::setLocalDeployments(const QJsonArray& deployments)
{
    QStringList names;
    for (const QJsonValue& d : deployments)
        names.append(d.toObject().value(QLatin1String("name")).toString());
    if (names == m_localDeployments)
        return;
    m_localDeployments = names;
    emit changed();
}

QString NodeDirectory::chatModelId(const QString& url, const QString& name)
{
    return QStringLiteral("node:%1#%2").arg(url, name);
}

bool NodeDirectory::isNodeModel(const QString& id)
{
    return id.startsWith(QLatin1String("node:")) && id.contains(QLatin1Char('#'));
}

QString NodeDirectory::urlOf(const QString& id)
{
    return id.mid(5).section(QLatin1Char('#'), 0, 0);
}

QString NodeDirectory::nameOf(const QString& id)
{
    return id.section(QLatin1Char('#'), 1);
}

} // namespace fw::ui
