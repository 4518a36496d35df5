// The selected identity: its name and address (monospace, selectable) with a Copy button.
#pragma once

#include "wallet/Identity.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace fw::ui {

class IdentityDetails : public QWidget
{
    Q_OBJECT
public:
    explicit IdentityDetails(QWidget* parent = nullptr);

    void setIdentity(const wallet::Identity* identity); // nullptr: nothing selected
    QPushButton* copyButton() const { return m_copy; }
    QString address() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void copyAddress();

    QLabel* m_name;
    QLabel* m_addressLabel;
    QLabel* m_address;
    QPushButton* m_copy;
    QLabel* m_copied;
};

} // namespace fw::ui
