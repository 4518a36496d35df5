// The campaign form: a name, where the prompts come from (typed, a datanet version, a model's
// held-out prompts), the two to four models that answer them, the mode, the preference datanet
// that receives the labels, labels per item and blind review.
#pragma once

#include "feedback/Campaign.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QStackedWidget;

namespace fw::ui {

class WorkspaceSession;

class NewCampaignDialog : public QDialog
{
    Q_OBJECT
public:
    enum Source { Typed, DatanetVersion, HeldOut };

    explicit NewCampaignDialog(WorkspaceSession* session, QWidget* parent = nullptr);

    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* modeBox() const { return m_mode; }
    QListWidget* modelList() const { return m_models; }
    QComboBox* sourceBox() const { return m_source; }
    QPlainTextEdit* typedPrompts() const { return m_typed; }
    QComboBox* sourceDatanetBox() const { return m_sourceDatanet; }
    QComboBox* heldOutModelBox() const { return m_heldOutModel; }
    QSpinBox* limitBox() const { return m_limit; }
    QComboBox* targetBox() const { return m_target; }
    QSpinBox* overlapBox() const { return m_overlap; }
    QCheckBox* blindBox() const { return m_blind; }
    QLabel* errorLabel() const { return m_error; }
    // Valid once the dialog was accepted.
    const feedback::Campaign& created() const { return m_created; }

    // Creates it off the GUI thread (reading a datanet version's or a run's prompts can take
    // seconds); stays open with the reason on failure.
    void accept() override;
    void reject() override; // not while the campaign is being created
    bool isCreating() const { return m_creating; }

private:
    void fillLists();
    QJsonObject source() const;
    void fail(const QString& message);

    WorkspaceSession* m_session;
    QPushButton* m_ok = nullptr;
    bool m_creating = false;
    QLineEdit* m_name;
    QComboBox* m_mode;
    QListWidget* m_models;
    QComboBox* m_source;
    QStackedWidget* m_sourcePages;
    QPlainTextEdit* m_typed;
    QComboBox* m_sourceDatanet;
    QComboBox* m_heldOutModel;
    QSpinBox* m_limit;
    QComboBox* m_target;
    QSpinBox* m_overlap;
    QCheckBox* m_blind;
    QLabel* m_error;
    feedback::Campaign m_created;
};

} // namespace fw::ui
