// Registers the resource library; referencing it keeps the linker from dropping it.
#include "ui/common/Resources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initFlywheelResources()
{
    Q_INIT_RESOURCE(flywheel);
}

namespace fw::ui {

void initResources()
{
    initFlywheelResources();
}

} // namespace fw::ui
