// Creating, restoring or opening a workspace for the wizard.
#include "ui/wizard/WorkspaceRequest.h"

#include "demo/DemoModel.h"
#include "wallet/WalletService.h"

namespace fw::ui {

Result<std::unique_ptr<store::Workspace>> fulfil(const WorkspaceRequest& request)
{
    using Kind = WorkspaceRequest::Kind;
    switch (request.kind) {
    case Kind::Open:
        return store::Workspace::open(request.directory, request.passphrase);
    case Kind::Demo: {
        Result<demo::DemoOpening> demo =
            demo::openOrCreateDemoWithModel(request.directory, request.kdf);
        if (!demo)
            return demo.error();
        if (demo->modelProblem)
            qWarning("demo: opened without its model: %s", qPrintable(demo->modelProblem->message));
        return std::move(demo->workspace);
    }
    case Kind::Create:
    case Kind::Restore:
        break;
    }
    store::CreateOptions options;
    options.kdf = request.kdf;
    Result<std::unique_ptr<store::Workspace>> ws = store::Workspace::create(request.directory, request.passphrase, options);
    if (!ws)
        return ws;
    wallet::WalletService wallet(**ws);
    Result<wallet::Identity> identity = request.kind == Kind::Restore
                                            ? wallet.restoreIdentity(request.identityName, request.words)
                                            : wallet.createIdentity(request.identityName);
    if (!identity)
        return identity.error();
    return ws;
}

} // namespace fw::ui
