// Wizard page: choose the new workspace's passphrase.
#pragma once

#include <QWizardPage>

namespace fw::ui {

class PassphraseFields;

class PassphrasePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit PassphrasePage(QWidget* parent = nullptr);

    PassphraseFields* fields() const { return m_fields; }
    bool isComplete() const override;
    int nextId() const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    PassphraseFields* m_fields;
};

} // namespace fw::ui
