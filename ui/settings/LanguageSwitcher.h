// Installs the translator for the chosen language; every open widget then gets LanguageChange.
#pragma once

#include <QObject>
#include <QTranslator>

namespace fw::ui {

class LanguageSwitcher : public QObject
{
    Q_OBJECT
public:
    explicit LanguageSwitcher(QObject* parent = nullptr);
    // "en" removes the translation (the sources are English). false if the catalogue is missing.
    bool setLanguage(const QString& code);

private:
    QTranslator m_translator;
    bool m_installed = false;
};

} // namespace fw::ui
