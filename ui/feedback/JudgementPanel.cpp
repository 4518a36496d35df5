// Shared wording of the judgement panels.
#include "ui/feedback/JudgementPanel.h"

namespace fw::ui {

QString JudgementPanel::heading(int position, int count, const QString& source, bool blind)
{
    QString name =
        count == 2 ? (position == 0 ? tr("Left") : tr("Right")) : tr("Answer %1").arg(position + 1);
    if (!blind && !source.isEmpty())
        name = tr("%1 (%2)").arg(name, source);
    return name;
}

} // namespace fw::ui
