#!/usr/bin/env python3
"""Writes the seed corpora of the fuzz targets (tests/fuzz/corpus/<target>/) in the shapes the
project reads and writes: safetensors files, config.json, CONFIG.json, tokenizer.json, chat templates,
JSONL/CSV imports, inclusion proofs, attribution span indexes and a hand-built SentencePiece model. The trained SentencePiece
seeds come from tests/unit/ml/spm_reference (see README.md)."""
import hashlib
import json
import os
import struct
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "corpus")


def write(target, name, data):
    folder = os.path.join(ROOT, target)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data.encode() if isinstance(data, str) else data)


def compact(obj):
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


# --- safetensors: 8-byte little-endian header size, JSON header padded to 8 bytes, data ---------
DTYPE_SIZE = {"F32": 4, "BF16": 2, "F16": 2, "I64": 8, "U8": 1, "BOOL": 1}


def safetensors(tensors, metadata=None):
    header, offset = {}, 0
    for name, dtype, shape in tensors:
        size = DTYPE_SIZE[dtype]
        for d in shape:
            size *= d
        header[name] = {"dtype": dtype, "shape": shape, "data_offsets": [offset, offset + size]}
        offset += size
    if metadata is not None:
        header["__metadata__"] = metadata
    text = json.dumps(header, sort_keys=True, separators=(",", ":")).encode()
    text += b" " * (-len(text) % 8)
    return struct.pack("<Q", len(text)) + text + bytes(offset)


def safetensors_seeds():
    write("safetensors_header", "tiny_llama.safetensors", safetensors([
        ("model.embed_tokens.weight", "F32", [8, 4]),
        ("model.layers.0.input_layernorm.weight", "F32", [4]),
        ("model.layers.0.self_attn.q_proj.weight", "F32", [4, 4]),
        ("model.norm.weight", "F32", [4])], {"format": "pt"}))
    write("safetensors_header", "adapter_bf16.safetensors", safetensors([
        ("base_model.model.model.layers.0.self_attn.q_proj.lora_A.weight", "BF16", [2, 4]),
        ("base_model.model.model.layers.0.self_attn.q_proj.lora_B.weight", "BF16", [4, 2])]))
    write("safetensors_header", "mixed.safetensors", safetensors([
        ("step", "I64", []), ("mask", "BOOL", [3]), ("bytes", "U8", [0]), ("half", "F16", [2, 1])],
        {"format": "pt", "flywheel": "checkpoint"}))
    write("safetensors_header", "empty.safetensors", safetensors([], {"format": "pt"}))


# --- config.json ---------------------------------------------------------------------------------
def model_config_seeds():
    base = {"architectures": ["LlamaForCausalLM"], "model_type": "llama", "vocab_size": 512,
            "hidden_size": 128, "num_hidden_layers": 4, "num_attention_heads": 4,
            "num_key_value_heads": 4, "intermediate_size": 384, "max_position_embeddings": 256,
            "rms_norm_eps": 1e-05, "rope_theta": 10000.0, "hidden_act": "silu",
            "tie_word_embeddings": True, "attention_bias": False, "mlp_bias": False,
            "torch_dtype": "float32"}
    write("model_config", "nano_preset.json", json.dumps(base, indent=2))
    tinyllama = dict(base, vocab_size=32000, hidden_size=2048, num_hidden_layers=22,
                     num_attention_heads=32, num_key_value_heads=4, intermediate_size=5632,
                     max_position_embeddings=2048, tie_word_embeddings=False, bos_token_id=1,
                     eos_token_id=2)
    write("model_config", "tinyllama.json", json.dumps(tinyllama, indent=2))
    llama3 = dict(tinyllama, vocab_size=128256, hidden_size=2048, num_hidden_layers=16,
                  num_attention_heads=32, num_key_value_heads=8, head_dim=64,
                  intermediate_size=8192, max_position_embeddings=131072, rope_theta=500000.0,
                  bos_token_id=128000, eos_token_id=[128001, 128008, 128009],
                  rope_scaling={"factor": 32.0, "high_freq_factor": 4.0, "low_freq_factor": 1.0,
                                "original_max_position_embeddings": 8192, "rope_type": "llama3"})
    write("model_config", "llama3_2_1b.json", json.dumps(llama3, indent=2))
    qwen2 = {"architectures": ["Qwen2ForCausalLM"], "model_type": "qwen2", "vocab_size": 151936,
             "hidden_size": 896, "num_hidden_layers": 24, "num_attention_heads": 14,
             "num_key_value_heads": 2, "intermediate_size": 4864, "max_position_embeddings": 32768,
             "rms_norm_eps": 1e-06, "rope_theta": 1000000.0, "hidden_act": "silu",
             "tie_word_embeddings": True, "bos_token_id": 151643, "eos_token_id": 151645,
             "rope_scaling": None, "sliding_window": 32768, "use_sliding_window": False}
    write("model_config", "qwen2_0_5b.json", json.dumps(qwen2, indent=2))
    mistral = dict(tinyllama, architectures=["MistralForCausalLM"], model_type="mistral",
                   rope_scaling={"type": "linear", "factor": 2.0})
    write("model_config", "mistral_linear_rope.json", json.dumps(mistral, indent=2))


# --- CONFIG.json of a training run ----------------------------------------------------------------
def training_config_seeds():
    write("training_config", "full_nano.json", json.dumps(
        {"datanet": "World facts (demo)", "base": "nano", "output": "facts-nano", "steps": 500,
         "batch_size": 16, "seq_len": 64, "learning_rate": 5e-3, "min_lr_ratio": 0.05,
         "warmup_steps": 20, "eval_fraction": 0.1, "seed": 42}, indent=2))
    write("training_config", "lora.json", json.dumps(
        {"datanet": "World facts (demo)", "version": "latest", "base": "facts-nano",
         "method": "lora", "steps": 4, "batch_size": 4, "seq_len": 64, "output": "facts-lora",
         "lora": {"r": 8, "lora_alpha": 16, "lora_dropout": 0.05,
                  "target_modules": ["q_proj", "v_proj"]}}, indent=2))
    write("training_config", "several_sources.json", json.dumps(
        {"data": [{"datanet": "World facts (demo)", "version": "3f2a"},
                  {"datanet": "Kind replies (demo)"}],
         "base": "micro", "output": "mixed", "epochs": 2, "grad_accum": 2, "packing": False,
         "weight_decay": 0.01, "beta1": 0.9, "beta2": 0.99, "grad_clip": 0.5, "eval_every": 50,
         "eval_batches": 4, "early_stop_patience": 3, "checkpoint_every": 100, "threads": 2,
         "allow_cuda": True}, indent=2))


# --- tokenizer.json (byte-level BPE) -------------------------------------------------------------
def bytes_to_unicode():
    bs = list(range(ord("!"), ord("~") + 1)) + list(range(ord("¡"), ord("¬") + 1)) + \
        list(range(ord("®"), ord("ÿ") + 1))
    cs, n = bs[:], 0
    for b in range(256):
        if b not in bs:
            bs.append(b)
            cs.append(256 + n)
            n += 1
    return {b: chr(c) for b, c in zip(bs, cs)}


def tokenizer_json(merges, pre_tokenizer, added, **extra):
    table = bytes_to_unicode()
    vocab = {table[b]: b for b in range(256)}
    for left, right in merges:
        vocab.setdefault(left + right, len(vocab))
    model = {"type": "BPE", "dropout": None, "unk_token": None, "continuing_subword_prefix": None,
             "end_of_word_suffix": None, "fuse_unk": False, "byte_fallback": False,
             "ignore_merges": extra.pop("ignore_merges", False), "vocab": vocab,
             "merges": [[l, r] for l, r in merges] if extra.pop("array_merges", False)
             else [l + " " + r for l, r in merges]}
    tokens = [{"id": len(vocab) + i, "content": c, "single_word": False, "lstrip": False,
               "rstrip": False, "normalized": False, "special": s} for i, (c, s) in enumerate(added)]
    out = {"version": "1.0", "truncation": None, "padding": None, "added_tokens": tokens,
           "normalizer": extra.pop("normalizer", None), "pre_tokenizer": pre_tokenizer,
           "post_processor": extra.pop("post_processor", None),
           "decoder": {"type": "ByteLevel", "add_prefix_space": True, "trim_offsets": True,
                       "use_regex": True}, "model": model}
    return json.dumps(out, ensure_ascii=False, indent=1)


def tokenizer_seeds():
    g = "\u0120"  # GPT-2's printable stand-in for a space
    merges = [("h", "e"), ("l", "l"), ("he", "ll"), ("hell", "o"), (g, "w"), ("o", "r"),
              (g + "w", "or"), ("l", "d"), (g + "wor", "ld"), ("1", "2"), ("12", "3")]
    byte_level = {"type": "ByteLevel", "add_prefix_space": False, "trim_offsets": True,
                  "use_regex": True}
    write("tokenizer_json", "gpt2_style.json", tokenizer_json(
        merges, byte_level, [("<|endoftext|>", True)]))
    split = {"type": "Split", "pattern": {"Regex": r"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+"},
             "behavior": "Isolated", "invert": False}
    llama3_post = {"type": "Sequence", "processors": [
        {"type": "ByteLevel", "add_prefix_space": True, "trim_offsets": False, "use_regex": True},
        {"type": "TemplateProcessing",
         "single": [{"SpecialToken": {"id": "<|begin_of_text|>", "type_id": 0}},
                    {"Sequence": {"id": "A", "type_id": 0}}],
         "pair": [], "special_tokens": {}}]}
    write("tokenizer_json", "llama3_style.json", tokenizer_json(
        merges, {"type": "Sequence", "pretokenizers": [split, dict(byte_level, use_regex=False)]},
        [("<|begin_of_text|>", True), ("<|eot_id|>", True), ("<|start_header_id|>", True),
         ("<|end_header_id|>", True)], post_processor=llama3_post, ignore_merges=True,
        array_merges=True))
    write("tokenizer_json", "qwen2_style.json", tokenizer_json(
        merges, {"type": "Sequence", "pretokenizers": [
            {"type": "Digits", "individual_digits": True}, dict(byte_level, use_regex=True)]},
        [("<|im_start|>", True), ("<|im_end|>", True), ("<tool>", False)],
        normalizer={"type": "NFC"}))


# --- chat templates (tokenizer_config.json "chat_template"), then a conversation -----------------
def chat_template_seeds():
    write("chat_template", "chatml.txt",
          "{% for message in messages %}{{'<|im_start|>' + message['role'] + '\\n' + message['content']"
          " + '<|im_end|>' + '\\n'}}{% endfor %}{% if add_generation_prompt %}"
          "{{ '<|im_start|>assistant\\n' }}{% endif %}\n\n<|im_end|>\nsystem: Be brief.\nuser: Hi\n"
          "assistant: Hello!\nuser: Bye")
    write("chat_template", "llama3.txt",
          "<|begin_of_text|>\n<|eot_id|>\nsystem:You are kind.\nuser:Wie geht's? 你好\nassistant:Gut!"
          "\n{{- '<|start_header_id|>' + message['role'] + '<|end_header_id|>\\n\\n' }}")
    write("chat_template", "llama2.txt",
          "<s>\n</s>\nuser: What is 2+2?\nassistant: 4\nuser:\n"
          "{{ bos_token + '[INST] ' + message['content'] + ' [/INST]' }}")
    write("chat_template", "alpaca.txt",
          "\n</s>\nuser: Add 2 and 2.\nassistant: 4.\n### Instruction:\n{{ instruction }}")


# --- JSONL / plain text imports -------------------------------------------------------------------
def jsonl(rows):
    return "".join(compact(r) + "\n" for r in rows)


def import_seeds():
    write("jsonl_import", "alpaca.jsonl", jsonl([
        {"instruction": "What is the capital of France?", "input": "", "output": "Paris."},
        {"instruction": "Translate to German", "input": "Good morning", "output": "Guten Morgen"},
        {"instruction": "", "output": "missing instruction"}]))
    write("jsonl_import", "sharegpt.jsonl", "\ufeff" + jsonl([
        {"conversations": [{"from": "system", "value": "Be brief."},
                           {"from": "human", "value": "Hi"}, {"from": "gpt", "value": "Hello!"}]},
        {"conversations": [{"from": "human", "value": "Zwei plus zwei?"},
                           {"from": "gpt", "value": "Vier."}]}]))
    write("jsonl_import", "openai.jsonl", jsonl([
        {"messages": [{"role": "user", "content": "Name a noble gas."},
                      {"role": "assistant", "content": "Neon."}]},
        {"messages": [{"role": "system", "content": "Answer in French."},
                      {"role": "user", "content": "Hello"},
                      {"role": "assistant", "content": "Bonjour"}]}]) + "not json\n")
    write("jsonl_import", "preference.jsonl", jsonl([
        {"prompt": "Describe Rome.", "chosen": "Rome is the capital of Italy.",
         "rejected": "Rome is a kind of cheese."},
        {"prompt": "2+2?", "chosen": "4", "rejected": "5", "extra": "refused"}]))
    write("jsonl_import", "text.jsonl", jsonl([{"text": "Water boils at 100 °C at sea level."},
                                               {"text": "日本語のテキスト\r\nwith CRLF"}]))
    write("jsonl_import", "plain.txt",
          "The first paragraph of a plain text file.\nIt goes on.\n\n\nA second one, café 🚀.\n")
    # CSV: the first byte picks kind (bits 0-1), mapped columns (bit 2), delimiter (bits 3-4).
    def selector(kind, mapped, delimiter):
        for b in range(0x20, 0x7f):
            if b % 4 == kind and (b >> 2) % 2 == mapped and ",;\t|"[(b >> 3) % 4] == delimiter:
                return chr(b)
        raise ValueError
    write("csv_import", "instruction.csv", selector(0, 0, ",") +
          "instruction,input,output\nWhat is the capital of Spain?,,Madrid\n"
          "\"Quote \"\"this\"\"\",\"with, comma\",\"multi\nline\"\n\nshort row\n")
    write("csv_import", "instruction_mapped.csv", selector(0, 1, ";") +
          "id;question;answer\n1;Largest planet?;Jupiter\n2;Smallest prime?;2\n")
    write("csv_import", "chat_mapped.tsv", selector(1, 1, "\t") +
          "prompt\treply\nHi there\tHello!\n\"Tab\tinside\"\tok\n")
    write("csv_import", "text.csv", selector(2, 0, ",") + "\ufefftext\r\nOne line\r\n\"Two\r\nlines\"\r\n")
    write("csv_import", "preference_mapped.csv", selector(3, 1, "|") +
          "question|good|bad\nCapital of Peru?|Lima|Quito\n")


# --- inclusion proofs (BLAKE2b-256, RFC 9162 shapes, see core/datanet/MerkleTree.h) --------------
def h(data):
    return hashlib.blake2b(data, digest_size=32).digest()


def leaf(d):
    return h(b"\x00" + d)


def node(l, r):
    return h(b"\x01" + l + r)


def mth(leaves):
    if not leaves:
        return h(b"")
    if len(leaves) == 1:
        return leaf(leaves[0])
    k = 1
    while k * 2 < len(leaves):
        k *= 2
    return node(mth(leaves[:k]), mth(leaves[k:]))


def path(leaves, m):
    if len(leaves) <= 1:
        return []
    k = 1
    while k * 2 < len(leaves):
        k *= 2
    if m < k:
        return path(leaves[:k], m) + [mth(leaves[k:])]
    return path(leaves[k:], m - k) + [mth(leaves[:k])]


def proof_seeds():
    uid = bytes(range(16))
    for size, index in [(1, 0), (5, 3), (7, 6), (8, 0)]:
        leaves = sorted(h(b"record %d" % i) for i in range(size))
        root = mth(leaves)
        version = h(b"\x02" + uid + struct.pack(">Q", size) + root)
        proof = ('{"version":1,"type":"flywheel.datanet.inclusion-proof","datanet":"%s",'
                 '"datanetVersion":"%s","record":"%s","index":%d,"treeSize":%d,"path":[%s]}'
                 % (uid.hex(), version.hex(), leaves[index].hex(), index, size,
                    ",".join('"%s"' % p.hex() for p in path(leaves, index))))
        write("inclusion_proof", "proof_%d_of_%d.json" % (index, size), proof + "\n")


# --- SentencePiece ModelProto by hand (the trained seeds come from spm_reference, see README.md) --
def varint(v):
    out = b""
    while True:
        out += bytes([(v & 0x7F) | (0x80 if v > 0x7F else 0)])
        v >>= 7
        if not v:
            return out


def field(number, data):
    return varint(number << 3 | 2) + varint(len(data)) + data


def int_field(number, v):
    return varint(number << 3) + varint(v)


def sentencepiece_seeds():
    sp = "\u2581"
    pieces = [("<unk>", 0.0, 2), ("<s>", 0.0, 3), ("</s>", 0.0, 3), ("<|im_end|>", 0.0, 4),
              ("<unused0>", 0.0, 5)]
    pieces += [("<0x%02X>" % b, 0.0, 6) for b in range(256)]
    pieces += [(t, -float(i + 1), 1) for i, t in enumerate(
        [sp + "h", "ll", sp + "he", sp + "hell", sp, "h", "e", "l", "o", "w", "r", "d", sp + "w"])]
    out = b""
    for text, score, kind in pieces:
        out += field(1, field(1, text.encode()) + varint(2 << 3 | 5) + struct.pack("<f", score) +
                     int_field(3, kind))
    out += field(2, int_field(3, 2) + int_field(35, 1) + int_field(40, 0) + int_field(41, 1) +
                 int_field(42, 2))
    out += field(3, field(1, b"identity") + int_field(3, 1) + int_field(4, 1) + int_field(5, 1))
    write("sentencepiece", "handmade_user_defined.model", out)


# --- attribution span index (attribution/SpanIndexFormat.cpp): header, offsets, ids, suffix array,
# BLAKE2b-256 checksum (libsodium's crypto_generichash without a key) ------------------------------
def span_index(records, token_bytes=2):
    text, starts = [], []
    for record in records:
        starts.append(len(text))
        for doc in record:
            text += doc + [None]
    sentinel = 1 + max([t for t in text if t is not None], default=-1)
    text = [sentinel if t is None else t for t in text]
    starts.append(len(text))
    sa = sorted(range(len(text)), key=lambda i: text[i:])
    ptr = 3
    out = b"FWSPANIX" + struct.pack("<IIIIQQ", 1, token_bytes, ptr, sentinel, len(text), len(records))
    out += b"".join(v.to_bytes(ptr, "little") for v in starts)
    out += b"".join(v.to_bytes(token_bytes, "little") for v in text)
    out += b"".join(v.to_bytes(ptr, "little") for v in sa)
    return out + hashlib.blake2b(out, digest_size=32).digest()


def span_index_seeds():
    write("span_index", "empty.idx", span_index([]))
    write("span_index", "one_record.idx", span_index([[[5, 6, 7, 8, 9, 10, 11]]]))
    write("span_index", "shared_spans.idx", span_index(
        [[[1, 2, 3, 4, 5, 6, 7], [1, 2, 3]], [[9, 1, 2, 3, 4, 5, 6]], [[4, 4, 4, 4]], []]))
    write("span_index", "wide_ids.idx", span_index([[[70000, 3, 70000, 3]], [[3, 70000]]], token_bytes=4))


if __name__ == "__main__":
    safetensors_seeds()
    model_config_seeds()
    training_config_seeds()
    tokenizer_seeds()
    chat_template_seeds()
    import_seeds()
    proof_seeds()
    sentencepiece_seeds()
    span_index_seeds()
    sys.exit(0)
