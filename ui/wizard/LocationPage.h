// Wizard page: the new workspace's name and folder (default under AppDataLocation/workspaces).
#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPushButton;

namespace fw::ui {

class LocationPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit LocationPage(QWidget* parent = nullptr);

    QString directory() const;
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* folderEdit() const { return m_folder; }
    bool isComplete() const override;
    int nextId() const override;

    static QString defaultDirectory(const QString& name);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void onNameEdited(const QString& name);
    void browse();
    void updateProblem();

    QLabel* m_nameLabel;
    QLabel* m_folderLabel;
    QLineEdit* m_name;
    QLineEdit* m_folder;
    QPushButton* m_browse;
    QLabel* m_problem;
    bool m_folderFollowsName = true;
};

} // namespace fw::ui
