// Shows an identity's 24 recovery words, after asking for the workspace passphrase again.
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QGridLayout;

namespace fw::ui {

class BusyBar;
class WorkspaceSession;

class RecoveryWordsDialog : public QDialog
{
    Q_OBJECT
public:
    RecoveryWordsDialog(WorkspaceSession* session, qint64 identityId, const QString& identityName,
                        QWidget* parent = nullptr);

    QLineEdit* passphraseEdit() const { return m_passphrase; }
    QPushButton* showButton() const { return m_show; }
    bool wordsShown() const;
    QStringList shownWords() const { return m_shownWords; }
    QString errorText() const;

private:
    QWidget* makeAskPage(const QString& identityName);
    QWidget* makeWordsPage();
    void verify();
    void showWords();

    WorkspaceSession* m_session;
    qint64 m_identityId;
    QStackedWidget* m_stack;
    QLineEdit* m_passphrase = nullptr;
    QPushButton* m_show = nullptr;
    QLabel* m_error = nullptr;
    BusyBar* m_busy = nullptr;
    bool m_verifying = false;
    QGridLayout* m_grid = nullptr;
    QStringList m_shownWords;
};

} // namespace fw::ui
