// "Train on several machines" under the new-run form: this workbench trains as rank 0 of a
// data-parallel group (libtorch's c10d over Gloo) and shows the command each other machine runs,
// with the plan they must all share.
#pragma once

#include "ml/DistributedSettings.h"
#include "models/TrainingPlan.h"

#include <QGroupBox>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace fw::ui {

class SeveralMachinesBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit SeveralMachinesBox(QWidget* parent = nullptr);

    // World size 1 while unticked; otherwise rank 0 at the address typed here.
    ml::DistributedSettings settings() const;
    // Why the ticked settings cannot start (an address that is not HOST:PORT); empty when they can.
    QString problem() const;
    // The plan the form would start (and what is wrong with it): the commands follow it.
    void setPlan(const models::TrainingPlan& plan, const QString& planProblem);

    QSpinBox* machinesBox() const { return m_machines; }
    QLineEdit* addressEdit() const { return m_address; }
    QPlainTextEdit* commandsText() const { return m_commands; }
    QPushButton* copyButton() const { return m_copy; }

signals:
    void changed();

private:
    void updateCommands();

    QSpinBox* m_machines;
    QLineEdit* m_address;
    QLabel* m_note;
    QPlainTextEdit* m_commands;
    QPushButton* m_copy;
    models::TrainingPlan m_plan;
    QString m_planProblem;
};

// This machine's first IPv4 address other than loopback (where the others can reach it), or
// 127.0.0.1 when it has none.
QString guessLanAddress();

} // namespace fw::ui
