// Settings page: language, theme, training threads, auto-lock; each change applies at once.
#pragma once

#include "ui/Page.h"

class QComboBox;
class QLabel;
class QSpinBox;

namespace fw::ui {

class SettingsPage : public Page
{
    Q_OBJECT
public:
    SettingsPage(const PageContext& context, QWidget* parent = nullptr);

    QString title() const override { return tr("Settings"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/icons/settings.svg")); }

protected:
    void retranslateUi() override;

private:
    void load();

    AppSettings* m_settings;
    QLabel* m_heading;
    QLabel* m_languageLabel;
    QLabel* m_themeLabel;
    QLabel* m_threadsLabel;
    QLabel* m_autoLockLabel;
    QLabel* m_threadsHint;
    QComboBox* m_language;
    QComboBox* m_theme;
    QSpinBox* m_threads;
    QSpinBox* m_autoLock;
};

} // namespace fw::ui
