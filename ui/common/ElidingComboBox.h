// A combo box whose closed box elides a choice too long for it ("…") instead of cutting it off.
#pragma once

#include <QComboBox>

namespace fw::ui {

class ElidingComboBox : public QComboBox
{
public:
    using QComboBox::QComboBox;

protected:
    void paintEvent(QPaintEvent* event) override;
};

} // namespace fw::ui
