// Feedback page: the workspace's feedback campaigns on the left; for the selected one, the labeler,
// answer generation with its progress, the labeling panel of its mode and the Agreement tab.
#pragma once

#include "feedback/AnswerGeneration.h"
#include "feedback/Campaign.h"
#include "ui/Page.h"
#include "wallet/Identity.h"

#include <QMap>
#include <functional>

class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace fw::ui {

class AgreementPanel;
class AnswerGenerationJob;
class LabelingController;
class LabelingView;
class MessageLabel;
class MlEngine;
class WorkspaceSession;

class FeedbackPage : public Page
{
    Q_OBJECT
public:
    // Makes the answer generator for a workspace; by default the registered models through the
    // ML engine. Tests put their own in.
    using GeneratorFactory = std::function<feedback::AnswerGenerator(store::Workspace&)>;

    FeedbackPage(const PageContext& context, QWidget* parent = nullptr);

    QString title() const override { return tr("Feedback"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/icons/feedback.svg")); }
    QString unfinishedWork() const override;

    void setGeneratorFactory(GeneratorFactory factory) { m_generatorFactory = std::move(factory); }

    // The actions, public so that tests reach the same code paths as the buttons.
    void reload(qint64 selectId = 0);
    void newCampaign();
    void openCampaign(qint64 id); // lists and selects a new campaign, then generates its answers
    void generateAnswers(); // the selected campaign's missing answers
    void selectCampaign(qint64 id);
    void selectLabeler(const QString& address);

    QListWidget* campaignList() const { return m_list; }
    QComboBox* labelerBox() const { return m_labeler; }
    QTabWidget* tabs() const { return m_tabs; }
    LabelingView* labelingView() const { return m_view; }
    LabelingController* controller() const { return m_controller; }
    AgreementPanel* agreement() const { return m_agreement; }
    QProgressBar* generationBar() const { return m_generationBar; }
    QLabel* generationLabel() const { return m_generationLabel; }
    QPushButton* generateButton() const { return m_generate; }
    QLabel* campaignSummary() const { return m_summary; }
    MessageLabel* message() const { return m_message; }
    bool isGenerating() const;
    std::optional<feedback::Campaign> selectedCampaign() const;

signals:
    void loaded();
    void generationFinished(qint64 stored);

protected:
    void retranslateUi() override;

private:
    struct Snapshot
    {
        QList<feedback::Campaign> campaigns;
        QMap<qint64, QString> datanetNames;
        QList<wallet::Identity> labelers;
    };
    static Result<Snapshot> load(store::Workspace& workspace);
    void apply(const Snapshot& snapshot, qint64 selectId);
    void onCampaignChanged();
    void startSession();
    void showGeneration();
    void onGenerationProgress(qint64 done, qint64 total);
    void onGenerationEnded();
    QWidget* makeLeft();
    QWidget* makeHeader();
    QString summaryOf(const feedback::Campaign& c) const;
    QString listText(const feedback::Campaign& c) const; // name, mode and models, two lines

    WorkspaceSession* m_session;
    MlEngine* m_engine;
    GeneratorFactory m_generatorFactory;
    Snapshot m_snapshot;
    int m_generation = 0;
    LabelingController* m_controller;
    AnswerGenerationJob* m_job = nullptr;
    QLabel* m_heading;
    QListWidget* m_list;
    QPushButton* m_new = nullptr;
    QLabel* m_empty;
    QLabel* m_summary;
    QLabel* m_labelerTitle = nullptr;
    QComboBox* m_labeler;
    QProgressBar* m_generationBar;
    QLabel* m_generationLabel;
    QPushButton* m_generate;
    QTabWidget* m_tabs;
    LabelingView* m_view;
    AgreementPanel* m_agreement;
    MessageLabel* m_message;
    bool m_reloading = false;
};

} // namespace fw::ui
