// Loading a PEFT adapter beside a frozen base: names matched to projections, shapes checked.
#include "ml/ServingAdapter.h"

#include "ml/LoraAdapter.h"

#include <QCoreApplication>
#include <set>

namespace fw::ml {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("fw::ml", text);
}

QString peftName(const std::string& ours)
{
    return QString::fromStdString("base_model.model." + TransformerImpl::hfName(ours));
}

QString shapeText(at::IntArrayRef sizes)
{
    QStringList parts;
    for (int64_t s : sizes)
        parts << QString::number(s);
    return QStringLiteral("(%1)").arg(parts.join(QStringLiteral(" x ")));
}

QString shortName(const std::string& name)
{
    const auto dot = name.rfind('.');
    return QString::fromStdString(dot == std::string::npos ? name : name.substr(dot + 1));
}

} // namespace

std::vector<std::string> projectionNames(const ModelConfig& c)
{
    std::vector<std::string> names;
    for (int l = 0; l < c.nLayers; ++l) {
        const std::string layer = "layers." + std::to_string(l) + ".";
        for (const char* p : {"self_attn.q_proj", "self_attn.k_proj", "self_attn.v_proj",
                              "self_attn.o_proj", "mlp.gate_proj", "mlp.up_proj", "mlp.down_proj"})
            names.push_back(layer + p);
    }
    if (!c.tieEmbeddings)
        names.push_back("lm_head");
    return names;
}

Result<std::shared_ptr<const ServingAdapter>> makeServingAdapter(const ModelFiles& files,
                                                                 TransformerImpl& base)
{
    auto peft = readPeftAdapter(files);
    if (!peft)
        return peft.error();
    const LoraSettings& s = peft->settings;
    if (s.rank <= 0 || s.alpha <= 0)
        return makeError(ErrorCode::InvalidArgument,
                         tr("adapter_config.json: LoRA needs r > 0 and lora_alpha > 0"));
    auto adapter = std::make_shared<ServingAdapter>();
    adapter->rank = s.rank;
    adapter->scaling = s.alpha / double(s.rank);
    const std::vector<std::string> names = projectionNames(base.config());
    adapter->a.resize(names.size());
    adapter->b.resize(names.size());
    auto modules = base.named_modules();
    std::set<QString> matched;
    std::set<std::string> used;
    const auto options = base.embed_tokens->weight.options().requires_grad(false);
    for (size_t slot = 0; slot < names.size(); ++slot) {
        if (!s.targetModules.contains(shortName(names[slot])))
            continue;
        matched.insert(shortName(names[slot]));
        const auto* linear = modules[names[slot]]->as<LoraLinearImpl>();
        const std::vector<int64_t> shapeA{s.rank, linear->inFeatures()},
            shapeB{linear->outFeatures(), s.rank};
        for (const auto& [suffix, shape] :
             {std::pair{".lora_A.weight", shapeA}, std::pair{".lora_B.weight", shapeB}}) {
            const std::string name = names[slot] + suffix;
            const auto found = peft->weights.find(name);
            if (found == peft->weights.end())
                return makeError(ErrorCode::Corrupt,
                                 tr("adapter_model.safetensors lacks \"%1\"").arg(peftName(name)));
            if (found->second.sizes() != at::IntArrayRef(shape))
                return makeError(
                    ErrorCode::InvalidArgument,
                    tr("Adapter weight \"%1\" is %2; this base needs %3")
                        .arg(peftName(name), shapeText(found->second.sizes()), shapeText(shape)));
            used.insert(name);
            (suffix == std::string(".lora_A.weight") ? adapter->a : adapter->b)[slot] =
                found->second.to(options).contiguous();
        }
    }
    for (const QString& target : s.targetModules)
        if (!matched.count(target))
            return makeError(ErrorCode::InvalidArgument,
                             tr("adapter_config.json: the target module \"%1\" matches no "
                                "projection of this base")
                                 .arg(target));
    for (const auto& [name, tensor] : peft->weights)
        if (!used.count(name))
            return makeError(ErrorCode::InvalidArgument,
                             tr("Adapter weight \"%1\" belongs to no target module of this base")
                                 .arg(peftName(name)));
    return std::shared_ptr<const ServingAdapter>(std::move(adapter));
}

namespace {
bool readableF32(const torch::Tensor& t)
{
    return t.device().is_cpu() && t.scalar_type() == torch::kFloat32 && t.is_contiguous();
}
} // namespace

std::optional<FastLora> fastLoraOf(const ServingAdapter& adapter)
{
    static_assert(kProjectionsPerLayer == 7, "FastDecoder's slots follow projectionNames()");
    FastLora lora;
    lora.rank = adapter.rank;
    lora.scaling = float(adapter.scaling);
    for (size_t slot = 0; slot < adapter.a.size(); ++slot) {
        const torch::Tensor& a = adapter.a[slot];
        const torch::Tensor& b = adapter.b[slot];
        if (!a.defined()) {
            lora.a.push_back(nullptr);
            lora.b.push_back(nullptr);
            continue;
        }
        if (!readableF32(a) || !readableF32(b) || a.size(0) != adapter.rank ||
            b.size(1) != adapter.rank)
            return std::nullopt;
        lora.a.push_back(a.data_ptr<float>());
        lora.b.push_back(b.data_ptr<float>());
    }
    return lora;
}

torch::Tensor SingleAdapterDeltas::add(const ServingAdapter& adapter, int slot,
                                       const torch::Tensor& x, torch::Tensor y)
{
    const torch::Tensor& a = adapter.a[size_t(slot)];
    if (!a.defined())
        return y;
    namespace F = torch::nn::functional;
    return y + F::linear(F::linear(x, a), adapter.b[size_t(slot)]) * adapter.scaling;
}

torch::Tensor SingleAdapterDeltas::apply(int slot, const torch::Tensor& x, torch::Tensor y) const
{
    return add(m_adapter, slot, x, std::move(y));
}

} // namespace fw::ml
