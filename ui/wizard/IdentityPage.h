// Wizard page: the first identity's name, and for a restore its 24 recovery words.
#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace fw::ui {

class MnemonicEntry;

class IdentityPage : public QWizardPage
{
    Q_OBJECT
public:
    // `restoring`: the identity comes from recovery words rather than fresh randomness.
    IdentityPage(bool restoring, QWidget* parent = nullptr);

    bool isRestoring() const { return m_restoring; }
    QString identityName() const;
    QLineEdit* nameEdit() const { return m_name; }
    MnemonicEntry* mnemonic() const { return m_words; }

    bool isComplete() const override;
    int nextId() const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    bool m_restoring;
    QLabel* m_nameLabel;
    QLineEdit* m_name;
    QLabel* m_wordsIntro;
    MnemonicEntry* m_words;
};

} // namespace fw::ui
