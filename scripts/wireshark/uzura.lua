-- Wireshark dissector for uzura, RDMA directly on Ethernet (EtherType 0x88B5), as specified by
-- docs/protocol.md. It decodes every header field of WRITE, ACK and NACK (with its ranges) and
-- flags, as expert info in the "Malformed" group, every rule for which protocol.md §3 has a
-- receiver drop a frame as malformed (RxDropMalformed).
--
-- Install (Wireshark 4.0 on Debian 12, or later): copy this one file into your personal
-- plugin folder and restart Wireshark:
--
--     mkdir -p ~/.local/lib/wireshark/plugins
--     cp scripts/wireshark/uzura.lua ~/.local/lib/wireshark/plugins/
--
-- or load it for one run:
--
--     tshark -X lua_script:scripts/wireshark/uzura.lua -r capture.pcap -V
--     wireshark -X lua_script:scripts/wireshark/uzura.lua capture.pcap
--
-- The simulator writes captures: `cargo run --release -p uzura-sim --bin refbench -- --pcap
-- FILE`. Display filters: `uzura`, `uzura.opcode == 3` (NACKs), `uzura.psn == 7`,
-- `uzura.flags.last`, `uzura.malformed` (any malformed frame), `uzura.malformed.truncated`.
--
-- Everything here comes from docs/protocol.md alone (section numbers refer to it), so that a
-- capture checks the implementation against the text rather than against itself.

local ETHERTYPE = 0x88B5
local VERSION = 1
local HEADER_LEN = 32
local MAX_WRITE_LEN = 9184 -- §2: max_payload(MAX_MTU)
local MAX_NACK_RANGES = 64
local NACK_RANGE_LEN = 8
local RX_WINDOW = 4096

local OP_WRITE, OP_ACK, OP_NACK = 1, 2, 3
local FLAG_LAST, FLAG_ACK_REQ = 0x01, 0x02
local FLAGS_RESERVED = 0xFC

local uzura = Proto("uzura", "uzura RDMA over Ethernet")

local opcode_names = { [0] = "Reserved", [OP_WRITE] = "WRITE", [OP_ACK] = "ACK", [OP_NACK] = "NACK" }
for op = 4, 15 do
    opcode_names[op] = "Reserved"
end

local f = {
    version = ProtoField.uint8("uzura.version", "Version", base.DEC, nil, 0xF0),
    opcode = ProtoField.uint8("uzura.opcode", "Opcode", base.DEC, opcode_names, 0x0F),
    flags = ProtoField.uint8("uzura.flags", "Flags", base.HEX),
    last = ProtoField.bool("uzura.flags.last", "LAST (last frame of a transfer)", 8, nil, FLAG_LAST),
    ack_req = ProtoField.bool("uzura.flags.ack_req", "ACK_REQ (answer as soon as placed)", 8, nil, FLAG_ACK_REQ),
    flags_reserved = ProtoField.uint8("uzura.flags.reserved", "Reserved (must be 0)", base.HEX, nil, FLAGS_RESERVED),
    length = ProtoField.uint16("uzura.length", "Length (bytes after the header)", base.DEC),
    dst_ctx = ProtoField.uint16("uzura.dst_ctx", "Destination context", base.DEC),
    src_ctx = ProtoField.uint16("uzura.src_ctx", "Source context", base.DEC),
    dst_tag = ProtoField.uint32("uzura.dst_tag", "Destination tag", base.HEX),
    psn = ProtoField.uint32("uzura.psn", "PSN", base.DEC),
    key = ProtoField.uint64("uzura.key", "Region key", base.HEX),
    region = ProtoField.uint16("uzura.region", "Region", base.DEC),
    offset = ProtoField.uint64("uzura.offset", "Offset", base.HEX),
    payload = ProtoField.bytes("uzura.payload", "Payload"),
    padding = ProtoField.bytes("uzura.padding", "Padding (ignored, protocol.md §1.1)"),
    nack_ranges = ProtoField.uint16("uzura.nack.ranges", "Missing ranges", base.DEC),
    nack_range = ProtoField.none("uzura.nack.range", "Range"),
    nack_start = ProtoField.uint32("uzura.nack.start", "Start (first missing PSN)", base.DEC),
    nack_count = ProtoField.uint32("uzura.nack.count", "Count (missing PSNs)", base.DEC),
    -- For the display filter that catches every malformed frame.
    malformed = ProtoField.none("uzura.malformed", "Malformed: a receiver drops this frame (protocol.md §3)"),
}
uzura.fields = f

local MALFORMED, ERROR = expert.group.MALFORMED, expert.severity.ERROR
local e = {
    -- One per rule of protocol.md §3 "Validation", in its order.
    truncated = ProtoExpert.new("uzura.malformed.truncated", "Truncated", MALFORMED, ERROR),
    version = ProtoExpert.new("uzura.malformed.version", "Version is not 1", MALFORMED, ERROR),
    opcode = ProtoExpert.new("uzura.malformed.opcode", "Reserved opcode", MALFORMED, ERROR),
    flags = ProtoExpert.new("uzura.malformed.flags", "Reserved flag bits set", MALFORMED, ERROR),
    length = ProtoExpert.new("uzura.malformed.length", "Length not allowed for the opcode", MALFORMED, ERROR),
    unused = ProtoExpert.new("uzura.malformed.unused", "Field unused by ACK/NACK is not 0", MALFORMED, ERROR),
    range_count = ProtoExpert.new("uzura.malformed.range_count", "NACK range count out of bounds", MALFORMED,
        ERROR),
    -- Frames a NIC passes to its host as ordinary traffic although they carry 0x88B5 (§1.1,
    -- §7 step 3a): not malformed, but not uzura frames for any NIC either.
    vlan = ProtoExpert.new("uzura.ordinary.vlan", "VLAN-tagged", expert.group.PROTOCOL, expert.severity.WARN),
    group_dst = ProtoExpert.new("uzura.ordinary.group_dst", "Sent to a group address", expert.group.PROTOCOL,
        expert.severity.WARN),
}
uzura.experts = { e.truncated, e.version, e.opcode, e.flags, e.length, e.unused, e.range_count, e.vlan, e.group_dst }

local eth_dst_ig = Field.new("eth.dst.ig")
local vlan_etype = Field.new("vlan.etype")

local function all_zero(tvb, offset, len)
    for i = offset, offset + len - 1 do
        if tvb(i, 1):uint() ~= 0 then
            return false
        end
    end
    return true
end

-- Bit operations by arithmetic: the `bit` library of Wireshark's Lua 5.2 is gone from Lua 5.4.
local function has(value, bit_value)
    return math.floor(value / bit_value) % 2 == 1
end

local function reserved_flags(flags)
    return flags - flags % 4 -- bits 7:2
end

local function flag_names(flags)
    local names = {}
    if has(flags, FLAG_LAST) then
        table.insert(names, "LAST")
    end
    if has(flags, FLAG_ACK_REQ) then
        table.insert(names, "ACK_REQ")
    end
    if reserved_flags(flags) ~= 0 then
        table.insert(names, string.format("reserved 0x%02x", reserved_flags(flags)))
    end
    return #names > 0 and table.concat(names, ", ") or "none"
end

function uzura.dissector(tvb, pinfo, tree)
    -- What the frame really held after the Ethernet header (the rules are about it), and what
    -- the capture kept of it (what can be shown).
    local have = tvb:reported_length_remaining()
    local captured = tvb:len()
    pinfo.cols.protocol = "uzura"
    local t = tree:add(uzura, tvb())
    local malformed = {}
    local function bad(item, ef, text)
        item:add_proto_expert_info(ef, text)
        table.insert(malformed, ef)
    end

    if vlan_etype() then
        t:add_proto_expert_info(e.vlan, "VLAN-tagged: a NIC passes this frame to its host as ordinary traffic "
            .. "(protocol.md §1.1)")
    end
    local ig = eth_dst_ig()
    if ig and ig.value then
        t:add_proto_expert_info(e.group_dst, "Sent to a group address: uzura frames are unicast, a NIC passes "
            .. "this one to its host as ordinary traffic (protocol.md §1.1, §7 step 3a)")
    end

    -- Header fields, each as far as the capture holds it.
    local function field(pf, offset, len)
        if offset + len <= captured then
            return t:add(pf, tvb(offset, len))
        end
    end
    local ver_op = captured >= 1 and tvb(0, 1):uint()
    local version = ver_op and math.floor(ver_op / 16)
    local opcode = ver_op and ver_op % 16
    local flags = captured >= 2 and tvb(1, 1):uint()
    local length = captured >= 4 and tvb(2, 2):uint()
    local version_item = field(f.version, 0, 1)
    local opcode_item = field(f.opcode, 0, 1)
    local flags_item = field(f.flags, 1, 1)
    if flags_item then
        flags_item:append_text(" (" .. flag_names(flags) .. ")")
        flags_item:add(f.last, tvb(1, 1))
        flags_item:add(f.ack_req, tvb(1, 1))
        flags_item:add(f.flags_reserved, tvb(1, 1))
    end
    local length_item = field(f.length, 2, 2)
    field(f.dst_ctx, 4, 2)
    field(f.src_ctx, 6, 2)
    field(f.dst_tag, 8, 4)
    local psn_item = field(f.psn, 12, 4)
    local key_item = field(f.key, 16, 8)
    local region_item = field(f.region, 24, 2)
    local offset_item = field(f.offset, 26, 6)

    local name = opcode and opcode_names[opcode] or "?"
    if opcode == OP_ACK or opcode == OP_NACK then
        if psn_item then
            psn_item:append_text(" (cumulative ack: every PSN before it has been placed)")
        end
    end
    local info = name
    if captured >= 16 then
        info = string.format("%s %s %d, ctx %d -> %d", name, opcode == OP_WRITE and "psn" or "cum",
            tvb(12, 4):uint(), tvb(6, 2):uint(), tvb(4, 2):uint())
    end

    -- §3 Validation, rule by rule. Truncation is judged on the frame's real length.
    if have < HEADER_LEN then
        bad(t, e.truncated, string.format("Truncated: %d bytes after the Ethernet header, the header alone is %d",
            have, HEADER_LEN))
    elseif length and have < HEADER_LEN + length then
        bad(length_item, e.truncated, string.format("Truncated: length %d needs %d bytes after the header, "
            .. "the frame has %d", length, length, have - HEADER_LEN))
    end
    -- A later version may lay the header out differently: only the version is judged then.
    if version and version ~= VERSION then
        bad(version_item, e.version, string.format("Version %d: this is version %d of the protocol", version,
            VERSION))
    elseif captured >= HEADER_LEN then
        if opcode_names[opcode] == "Reserved" then
            bad(opcode_item, e.opcode, string.format("Opcode %d is reserved (1 WRITE, 2 ACK, 3 NACK)", opcode))
        end
        if reserved_flags(flags) ~= 0 then
            bad(flags_item, e.flags, string.format("Reserved flag bits 0x%02x set: they must be 0",
                reserved_flags(flags)))
        end
        if opcode == OP_WRITE then
            if length == 0 or length > MAX_WRITE_LEN then
                bad(length_item, e.length, string.format("WRITE length %d: must be 1..=%d", length, MAX_WRITE_LEN))
            end
        elseif opcode == OP_ACK or opcode == OP_NACK then
            local unused = {}
            if flags ~= 0 then
                table.insert(unused, { flags_item, "flags" })
            end
            if not all_zero(tvb, 16, 8) then
                table.insert(unused, { key_item, "key" })
            end
            if not all_zero(tvb, 24, 2) then
                table.insert(unused, { region_item, "region" })
            end
            if not all_zero(tvb, 26, 6) then
                table.insert(unused, { offset_item, "offset" })
            end
            for _, u in ipairs(unused) do
                bad(u[1], e.unused, string.format("%s %s is not 0", name, u[2]))
            end
            if opcode == OP_ACK and length ~= 0 then
                bad(length_item, e.length, string.format("ACK length %d: must be 0", length))
            elseif opcode == OP_NACK and (length == 0 or length % NACK_RANGE_LEN ~= 0
                    or length > MAX_NACK_RANGES * NACK_RANGE_LEN) then
                bad(length_item, e.length, string.format("NACK length %d: must be 8 x n ranges, n = 1..=%d", length,
                    MAX_NACK_RANGES))
            end
        end
    end

    -- What follows the header: a WRITE's data, a NACK's ranges; the rest is padding (§1.1).
    local body = math.max(0, math.min(length or 0, captured - HEADER_LEN))
    if opcode == OP_NACK and version == VERSION then
        local n = math.floor(body / NACK_RANGE_LEN)
        t:add(f.nack_ranges, n):set_generated()
        local listed = {}
        for i = 0, n - 1 do
            local at = HEADER_LEN + i * NACK_RANGE_LEN
            local start, count = tvb(at, 4):uint(), tvb(at + 4, 4):uint()
            local r = t:add(f.nack_range, tvb(at, NACK_RANGE_LEN))
            r:set_text(string.format("Range %d: %d PSNs from %d", i + 1, count, start))
            r:add(f.nack_start, tvb(at, 4))
            local count_item = r:add(f.nack_count, tvb(at + 4, 4))
            if count == 0 or count > RX_WINDOW then
                bad(count_item, e.range_count, string.format("Range %d count %d: must be 1..=%d", i + 1, count,
                    RX_WINDOW))
            end
            table.insert(listed, string.format("%d+%d", start, count))
        end
        if n > 0 then
            info = info .. " missing " .. table.concat(listed, " ")
        end
    elseif body > 0 then
        t:add(f.payload, tvb(HEADER_LEN, body))
    end
    if opcode == OP_WRITE and length then
        info = info .. string.format(" len %d", length)
        if flags ~= 0 then
            info = info .. " [" .. flag_names(flags) .. "]"
        end
    end

    local used = math.min(captured, HEADER_LEN + body)
    if captured > used then
        t:add(f.padding, tvb(used, captured - used))
    end
    if #malformed > 0 then
        t:add(f.malformed, tvb()):set_generated()
        info = info .. " [MALFORMED]"
    end
    pinfo.cols.info:set(info)
    return captured
end

DissectorTable.get("ethertype"):add(ETHERTYPE, uzura)
