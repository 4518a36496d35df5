// An event filter on the owner that reapplies the texts on QEvent::LanguageChange.
#include "ui/common/Retranslate.h"

#include <QEvent>

namespace fw::ui {

namespace {
class LanguageWatcher : public QObject
{
public:
    LanguageWatcher(QWidget* owner, std::function<void()> apply) : QObject(owner), m_apply(std::move(apply))
    {
        owner->installEventFilter(this);
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == parent() && event->type() == QEvent::LanguageChange)
            m_apply();
        return false;
    }

private:
    std::function<void()> m_apply;
};
} // namespace

void retranslated(QWidget* owner, std::function<void()> apply)
{
    apply();
    new LanguageWatcher(owner, std::move(apply));
}

} // namespace fw::ui
