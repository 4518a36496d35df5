// What the pages know about nodes: the local node's URL while it listens and what it serves, so
// that the Playground can chat with a deployed model through it.
#pragma once

#include <QJsonArray>
#include <QObject>
#include <QStringList>

namespace fw::ui {

class NodeDirectory : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    QString localUrl() const { return m_localUrl; }
    // Deployment names on the local node; empty while it is stopped.
    QStringList localDeployments() const { return m_localDeployments; }

    void setLocalNode(const QString& url);
    void setLocalDeployments(const QJsonArray& deployments);

    // "node:URL#NAME": how a chat names a model served by a node (see ChatSession).
    static QString chatModelId(const QString& url, const QString& name);
    static bool isNodeModel(const QString& id);
    static QString urlOf(const QString& id);
    static QString nameOf(const QString& id);

signals:
    void changed();

private:
    QString m_localUrl;
    QStringList m_localDeployments;
};

} // namespace fw::ui
