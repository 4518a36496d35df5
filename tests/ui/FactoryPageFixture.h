// The ModelFactory page as its GUI tests open it: a fresh demo workspace, settings and the ML
// engine at one thread (the tests train real, small models), the page shown at a fixed size; with
// the form-filling and screenshot helpers those tests share.
#pragma once

#include <QSize>
#include <QString>
#include <QTemporaryDir>
#include <QVariant>

class QComboBox;
class QObject;

namespace fw::ui {
class AppSettings;
class MlEngine;
class ModelFactoryPage;
class WorkspaceSession;
} // namespace fw::ui

namespace fw::uitest {

class FactoryPageFixture
{
public:
    // Creates everything as children of `owner` (the test object) and shows the page; call from
    // initTestCase as QVERIFY2(fixture.open(...), qPrintable(fixture.error())).
    bool open(QObject* owner, QSize size);
    QString error() const { return m_error; }

    ui::AppSettings* settings() const { return m_settings; }
    ui::WorkspaceSession* session() const { return m_session; }
    ui::MlEngine* engine() const { return m_engine; }
    ui::ModelFactoryPage* page() const { return m_page; }
    // The demo workspace's folder, and a path for anything else a test writes.
    QString workspaceDir() const { return tempPath(QStringLiteral("demo")); }
    QString tempPath(const QString& name) const { return m_tmp.filePath(name); }

    // Whether the page's current training run is still going.
    bool running() const;
    // The demo instruction datanet, SFT, a from-scratch nano, output `name`; `steps` when > 0.
    void fillForm(const QString& name, int steps = 0) const;
    static void choose(QComboBox* box, const QVariant& data);
    // The page's picture as NAME.png in $FLYWHEEL_SCREENSHOT_DIR, when that is set.
    bool screenshot(const QString& name) const;

private:
    QTemporaryDir m_tmp;
    QString m_error;
    ui::AppSettings* m_settings = nullptr;
    ui::WorkspaceSession* m_session = nullptr;
    ui::MlEngine* m_engine = nullptr;
    ui::ModelFactoryPage* m_page = nullptr;
};

} // namespace fw::uitest
