// The list of pages. Later features add their page here (Datanets, ModelFactory, ...).
#include "ui/PageRegistry.h"

#include "ui/datanets/DatanetsPage.h"
#include "ui/earnings/EarningsPage.h"
#include "ui/factory/ModelFactoryPage.h"
#include "ui/feedback/FeedbackPage.h"
#include "ui/nodes/NodesPage.h"
#include "ui/settings/SettingsPage.h"
#include "ui/wallet/WalletPage.h"

namespace fw::ui {

namespace {
template <typename P>
Page* make(const PageContext& context, QWidget* parent)
{
    return new P(context, parent);
}
} // namespace

std::vector<PageFactory> registeredPages()
{
    return {
        make<DatanetsPage>,
        make<ModelFactoryPage>,
        make<FeedbackPage>,
        make<NodesPage>,
        make<WalletPage>,
        make<EarningsPage>,
        make<SettingsPage>,
    };
}

} // namespace fw::ui
