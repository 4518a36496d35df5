// Wizard page: an existing workspace folder and its passphrase.
#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPushButton;

namespace fw::ui {

class OpenExistingPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit OpenExistingPage(QWidget* parent = nullptr);

    QString directory() const;
    QByteArray passphrase() const;
    QLineEdit* folderEdit() const { return m_folder; }
    QLineEdit* passphraseEdit() const { return m_passphrase; }
    bool isComplete() const override;
    int nextId() const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void browse();

    QLabel* m_folderLabel;
    QLabel* m_passphraseLabel;
    QLineEdit* m_folder;
    QPushButton* m_browse;
    QLineEdit* m_passphrase;
    QLabel* m_problem;
};

} // namespace fw::ui
