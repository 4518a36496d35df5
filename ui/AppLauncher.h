// Start-up: decides what opens first (demo, a given workspace, the most recent one, or the wizard).
#pragma once

#include "crypto/Kdf.h"

#include <QObject>
#include <QString>

#include <memory>

namespace fw::ui {

class AppSettings;
class MainWindow;
class MlEngine;
class WorkspaceSession;

struct LaunchOptions
{
    bool demo = false;
    QString workspaceDir; // --workspace DIR
};

class AppLauncher : public QObject
{
    Q_OBJECT
public:
    AppLauncher(AppSettings* settings, MlEngine* engine, const crypto::KdfParams& kdf, QObject* parent = nullptr);
    ~AppLauncher() override;

    // Opens a workspace (asking the user as needed) and shows the main window.
    // false: the user cancelled, or the demo could not be opened (the error was shown).
    bool start(const LaunchOptions& options);
    MainWindow* window() const { return m_window.get(); }

private:
    bool openDemo();
    bool askForWorkspace(const QStringList& directories);
    bool runWizard();

    AppSettings* m_settings;
    MlEngine* m_engine;
    WorkspaceSession* m_session;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace fw::ui
