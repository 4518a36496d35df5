// Translator installation from the catalogues compiled into the resources (:/i18n).
#include "ui/settings/LanguageSwitcher.h"

#include <QCoreApplication>
#include <QLocale>

namespace fw::ui {

LanguageSwitcher::LanguageSwitcher(QObject* parent) : QObject(parent) {}

bool LanguageSwitcher::setLanguage(const QString& code)
{
    if (m_installed) {
        QCoreApplication::removeTranslator(&m_translator);
        m_installed = false;
    }
    QLocale::setDefault(QLocale(code));
    // English loads a catalogue too: it carries the plural forms ("1 thread", "2 threads").
    if (!m_translator.load(QStringLiteral(":/i18n/flywheel_%1.qm").arg(code)))
        return false;
    m_installed = QCoreApplication::installTranslator(&m_translator);
    return m_installed;
}

} // namespace fw::ui
