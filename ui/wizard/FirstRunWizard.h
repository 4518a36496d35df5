// The first-run wizard: its result is an open workspace (new, restored, existing or the demo).
#pragma once

#include "crypto/Kdf.h"
#include "store/Workspace.h"
#include "ui/wizard/WorkspaceRequest.h"

#include <QWizard>

#include <memory>

namespace fw::ui {

class FinishPage;
class IdentityPage;
class LocationPage;
class OpenExistingPage;
class PassphrasePage;
class WelcomePage;

class FirstRunWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { WelcomeId, LocationId, PassphraseId, IdentityId, RestoreId, OpenId, FinishId };

    // `kdf`: the Argon2id limits for new workspaces (moderate in production, interactive in tests).
    explicit FirstRunWizard(const crypto::KdfParams& kdf, QWidget* parent = nullptr);

    std::unique_ptr<store::Workspace> takeWorkspace();
    WorkspaceRequest request() const;

    WelcomePage* welcomePage() const { return m_welcome; }
    LocationPage* locationPage() const { return m_location; }
    PassphrasePage* passphrasePage() const { return m_passphrase; }
    IdentityPage* identityPage() const { return m_identity; }
    IdentityPage* restorePage() const { return m_restore; }
    OpenExistingPage* openPage() const { return m_open; }
    FinishPage* finishPage() const { return m_finish; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    crypto::KdfParams m_kdf;
    WelcomePage* m_welcome;
    LocationPage* m_location;
    PassphrasePage* m_passphrase;
    IdentityPage* m_identity;
    IdentityPage* m_restore;
    OpenExistingPage* m_open;
    FinishPage* m_finish;
};

} // namespace fw::ui
