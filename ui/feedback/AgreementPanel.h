// The Agreement tab of a campaign: Krippendorff's alpha (nominal over choices, ordinal over
// ratings or ranks), Cohen's kappa for two labelers, each labeler's agreement with the rest, and
// the most-disagreed items with every label given on them, to review or reject their pairs.
#pragma once

#include "feedback/AgreementReport.h"
#include "feedback/Campaign.h"
#include "feedback/LabelStore.h"

#include <QMap>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace fw::ui {

class MessageLabel;
class WorkspaceSession;

// What the panel shows, read on a worker.
struct AgreementSnapshot
{
    feedback::AgreementReport report;
    QList<feedback::StoredLabel> labels; // the campaign's
    QMap<QString, QString> names;        // address -> identity name
};

class AgreementPanel : public QWidget
{
    Q_OBJECT
public:
    AgreementPanel(WorkspaceSession* session, QWidget* parent = nullptr);

    void setCampaign(const feedback::Campaign& campaign);
    void reload();
    // Rejects, in the datanet's review, the pairs the labels of the selected item gave.
    void rejectSelected();

    QLabel* summary() const { return m_summary; }
    QTreeWidget* labelerTree() const { return m_labelers; }
    QTreeWidget* disagreedTree() const { return m_disagreed; }
    QTreeWidget* detailTree() const { return m_detail; }
    QPushButton* rejectButton() const { return m_reject; }
    MessageLabel* message() const { return m_message; }
    const AgreementSnapshot& snapshot() const { return m_snapshot; }

    // The item id a unit names ("campaign/item" or "campaign/item<US>answer").
    static QString itemOfUnit(const QString& unit, const QString& campaign);
    // One label's judgement in words, with the answers' sources.
    static QString judgementText(const feedback::Label& label);

signals:
    void loaded();
    void rejected(qint64 records);

private:
    void apply(const AgreementSnapshot& snapshot);
    void showDetail();
    QString nameOf(const QString& address) const;
    void retranslate();

    WorkspaceSession* m_session;
    feedback::Campaign m_campaign;
    AgreementSnapshot m_snapshot;
    int m_generation = 0;
    QLabel* m_summary;
    QPushButton* m_refresh;
    QTreeWidget* m_labelers;
    QTreeWidget* m_disagreed;
    QTreeWidget* m_detail;
    QPushButton* m_reject;
    MessageLabel* m_message;
};

} // namespace fw::ui
