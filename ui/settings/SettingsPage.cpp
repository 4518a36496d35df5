// Settings page widgets bound to AppSettings.
#include "ui/settings/SettingsPage.h"

#include "ui/settings/AppSettings.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace fw::ui {

SettingsPage::SettingsPage(const PageContext& context, QWidget* parent)
    : Page(parent), m_settings(context.settings), m_heading(new QLabel(this)),
      m_languageLabel(new QLabel(this)), m_themeLabel(new QLabel(this)), m_threadsLabel(new QLabel(this)),
      m_autoLockLabel(new QLabel(this)), m_threadsHint(new QLabel(this)), m_language(new QComboBox(this)),
      m_theme(new QComboBox(this)), m_threads(new QSpinBox(this)), m_autoLock(new QSpinBox(this))
{
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    // Language names are written in their own language so anyone can find theirs.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_theme->addItems({QString(), QString(), QString()});
    // Texts change with the language after the first show: the width follows them.
    m_theme->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_threads->setRange(0, AppSettings::maxThreads()); // 0: automatic, the count measured fastest
    m_autoLock->setRange(0, 24 * 60);
    m_threadsHint->setWordWrap(true);
    m_threadsHint->setForegroundRole(QPalette::PlaceholderText);
    m_languageLabel->setBuddy(m_language);
    m_themeLabel->setBuddy(m_theme);
    m_threadsLabel->setBuddy(m_threads);
    m_autoLockLabel->setBuddy(m_autoLock);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_themeLabel, m_theme);
    form->addRow(m_threadsLabel, m_threads);
    form->addRow(QString(), m_threadsHint);
    form->addRow(m_autoLockLabel, m_autoLock);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addStretch();

    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this](int i) { m_settings->setLanguage(m_language->itemData(i).toString()); });
    connect(m_theme, &QComboBox::currentIndexChanged, this, [this](int i) { m_settings->setTheme(Theme(i)); });
    connect(m_threads, &QSpinBox::valueChanged, m_settings, &AppSettings::setTrainingThreads);
    // The measurement lands after the page is built: its result belongs in the texts.
    connect(m_settings, &AppSettings::trainingThreadsChanged, this, &SettingsPage::retranslateUi);
    connect(m_autoLock, &QSpinBox::valueChanged, m_settings, &AppSettings::setAutoLockMinutes);
    retranslateUi();
    load();
}

void SettingsPage::load()
{
    const QSignalBlocker b1(m_language), b2(m_theme), b3(m_threads), b4(m_autoLock);
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_settings->language())));
    m_theme->setCurrentIndex(int(m_settings->theme()));
    m_threads->setValue(m_settings->threadsAutomatic() ? 0 : m_settings->trainingThreads());
    m_autoLock->setValue(m_settings->autoLockMinutes());
}

void SettingsPage::retranslateUi()
{
    m_heading->setText(tr("Settings"));
    m_languageLabel->setText(tr("&Language:"));
    m_themeLabel->setText(tr("&Theme:"));
    m_threadsLabel->setText(tr("CPU &threads for training:"));
    m_autoLockLabel->setText(tr("&Auto-lock after:"));
    m_theme->setItemText(int(Theme::System), tr("Follow system"));
    m_theme->setItemText(int(Theme::Light), tr("Light"));
    m_theme->setItemText(int(Theme::Dark), tr("Dark"));
    m_threads->setSpecialValueText(m_settings->measuredThreads() > 0
                                       ? tr("Automatic (%n, fastest here)", nullptr, m_settings->measuredThreads())
                                       : tr("Automatic (measured at the first start)"));
    QString hint = tr("This computer offers %n thread(s). Training splits the ones it gets between its own work "
                      "and the matrix library's, as the run goes fastest. More threads are not always faster: "
                      "on shared cores a second thread can slow training down.",
                      nullptr, AppSettings::maxThreads());
    if (!m_settings->threadTimings().isEmpty())
        hint += QLatin1Char(' ') + m_settings->threadTimings();
    m_threadsHint->setText(hint);
    m_autoLock->setSuffix(tr(" min"));
    m_autoLock->setSpecialValueText(tr("Never"));
    // QAbstractSpinBox drops its cached size for a new special text or suffix but does not tell
    // the layout: without this, "Automático (1, el más rápido)" showed clipped at the left.
    m_threads->updateGeometry();
    m_autoLock->updateGeometry();
    m_language->setAccessibleName(tr("Language"));
    m_theme->setAccessibleName(tr("Theme"));
    m_threads->setAccessibleName(tr("CPU threads for training"));
    m_autoLock->setAccessibleName(tr("Auto-lock minutes, 0 for never"));
}

} // namespace fw::ui
