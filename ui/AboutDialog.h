// Help > About: what this build is made of (Flywheel, Qt, libtorch, SQLCipher, libsodium versions).
#pragma once

#include <QDialog>

namespace fw::ui {

class MlEngine;
class WorkspaceSession;

class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    AboutDialog(WorkspaceSession* session, MlEngine* engine, QWidget* parent = nullptr);

    // The versions as rich text; also what the dialog shows.
    static QString versionsText(WorkspaceSession* session, MlEngine* engine);
};

} // namespace fw::ui
