// Deploying from the registry in two clicks: pick a model or adapter, press Deploy. The name on
// the node, the price and the revenue split come prefilled with the manifest's defaults.
#pragma once

#include "node/DeployManifest.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace fw::ui {

class WorkspaceSession;

class DeployForm : public QWidget
{
    Q_OBJECT
public:
    DeployForm(WorkspaceSession* session, QWidget* parent = nullptr);

    // Reads the registry's models and adapters again.
    void reload();
    void setNodeAvailable(bool available);
    void setBusy(bool busy);

    QComboBox* modelBox() const { return m_model; }
    QPushButton* deployButton() const { return m_deploy; }
    QLineEdit* priceEdit() const { return m_price; }
    QLineEdit* nameEdit() const { return m_name; }

    QString modelName() const;
    QString deployedName() const;
    // The price in base units, or an error naming the problem.
    Result<ledger::Amount> price() const;
    node::RevenueSplit split() const;

signals:
    void deployRequested();

private:
    void updateState();

    WorkspaceSession* m_session;
    QComboBox* m_model;
    QLineEdit* m_name;
    QLineEdit* m_price;
    QSpinBox* m_nodeShare;
    QSpinBox* m_builderShare;
    QSpinBox* m_dataShare;
    QPushButton* m_deploy;
    bool m_nodeAvailable = false;
    bool m_busy = false;
};

} // namespace fw::ui
