//! Static timing of a synthesized netlist, every endpoint at once. yosys' own `sta` prints only
//! the slowest path; closing timing needs every register that misses the budget, and what its
//! worst path starts from.
//!
//! The delays are those yosys' `sta` uses: the `specify` blocks of its 7-series cell library
//! (`cells_sim.v`, from Project X-Ray's timing data), which yosys parses into `$specify2`
//! (input to output), `$specify3` (clock edge to output) and `$specrule` `$setup` cells. A
//! path's time is its arrival at an endpoint pin plus that pin's setup time; routing is not
//! included. Conditions on arcs are ignored: the larger delay counts.

use serde_json::Value;
use std::collections::HashMap;

/// One register (or RAM port) whose inputs miss the budget.
pub struct Late {
    /// The register's name (its Q net, index dropped) or the RAM's cell name, with the pin.
    pub endpoint: String,
    pub bits_over: usize,
    pub worst_ps: u64,
    /// The named nets along the worst path, from its start, each with its arrival in ps.
    pub path: Vec<(String, u64)>,
}

impl Late {
    /// The register or RAM the worst path starts from.
    pub fn from(&self) -> &str {
        self.path.first().map_or("", |(name, _)| name.as_str())
    }
}

pub struct Report {
    pub worst_ps: u64,
    /// The cell types along the slowest path, in order from its start.
    pub worst_path: Vec<String>,
    pub endpoint_bits: usize,
    pub bits_over: usize,
    /// Registers with a bit over the budget, slowest first.
    pub late: Vec<Late>,
}

fn param(cell: &Value, name: &str) -> u64 {
    cell["parameters"][name].as_str().and_then(|s| u64::from_str_radix(s, 2).ok()).unwrap_or(0)
}

/// A cell's pin: port name and bit index.
type Pin = (String, usize);

/// A library cell's timing.
#[derive(Default)]
struct CellTiming {
    arcs: HashMap<(Pin, Pin), u64>,
    setup: HashMap<Pin, u64>,
}

/// The cells of `cells_sim.v` (yosys' JSON of `read_verilog -lib -specify`), by type.
fn library(lib: &Value) -> Result<HashMap<String, CellTiming>, String> {
    let modules = lib["modules"].as_object().ok_or("library: no modules")?;
    let mut out = HashMap::new();
    for (name, module) in modules {
        let mut pin_of: HashMap<u64, Pin> = HashMap::new();
        for (port, p) in module["ports"].as_object().into_iter().flatten() {
            for (i, bit) in p["bits"].as_array().into_iter().flatten().enumerate() {
                if let Some(b) = bit.as_u64() {
                    pin_of.insert(b, (port.clone(), i));
                }
            }
        }
        let pins = |cell: &Value, conn: &str| -> Vec<Option<Pin>> {
            cell["connections"][conn]
                .as_array()
                .into_iter()
                .flatten()
                .map(|b| b.as_u64().and_then(|b| pin_of.get(&b).cloned()))
                .collect()
        };
        let mut timing = CellTiming::default();
        for cell in module["cells"].as_object().into_iter().flatten().map(|(_, c)| c) {
            let (src, dst) = (pins(cell, "SRC"), pins(cell, "DST"));
            match cell["type"].as_str() {
                Some("$specify2") | Some("$specify3") => {
                    let ps = param(cell, "T_RISE_MAX").max(param(cell, "T_FALL_MAX"));
                    let full = param(cell, "FULL") == 1 || src.len() == 1;
                    for (i, d) in dst.iter().enumerate() {
                        let sources: Vec<_> =
                            if full { src.iter().collect() } else { src.get(i).into_iter().collect() };
                        for s in sources {
                            if let (Some(s), Some(d)) = (s, d) {
                                let e = timing.arcs.entry((s.clone(), d.clone())).or_default();
                                *e = (*e).max(ps);
                            }
                        }
                    }
                }
                // `$setup(data, clock, limit)`: SRC is the data pin.
                Some("$specrule") if cell["parameters"]["TYPE"] == "$setup" => {
                    let ps = param(cell, "T_LIMIT_MAX");
                    for s in src.into_iter().flatten() {
                        let e = timing.setup.entry(s).or_default();
                        *e = (*e).max(ps);
                    }
                }
                _ => {}
            }
        }
        if !timing.arcs.is_empty() || !timing.setup.is_empty() {
            out.insert(name.clone(), timing);
        }
    }
    Ok(out)
}

/// What drives a net: the nets it depends on, each with its delay, and the cell type.
struct Driver {
    inputs: Vec<(u64, u64)>,
    cell_type: String,
}

/// Times `netlist` (yosys' JSON of a flattened design whose top is `top`) with the cell delays
/// of `lib`, against `budget_ps`. Fails on a combinational loop.
pub fn analyse(netlist: &Value, lib: &Value, budget_ps: u64) -> Result<Report, String> {
    let lib = library(lib)?;
    let top = &netlist["modules"]["top"];
    let mut names: HashMap<u64, String> = HashMap::new();
    for (name, net) in top["netnames"].as_object().ok_or("netlist: no top module")? {
        let hidden = net["hide_name"].as_u64() == Some(1);
        let bits = net["bits"].as_array().into_iter().flatten().collect::<Vec<_>>();
        for (i, bit) in bits.iter().enumerate() {
            let Some(b) = bit.as_u64() else { continue };
            let label = if bits.len() > 1 { format!("{name}[{i}]") } else { name.clone() };
            if !hidden || !names.contains_key(&b) {
                names.insert(b, label);
            }
        }
    }
    let mut drivers: HashMap<u64, Driver> = HashMap::new();
    let mut endpoints: Vec<(u64, u64, String)> = Vec::new();
    let mut untimed = std::collections::BTreeSet::new();
    for (cell_name, cell) in top["cells"].as_object().into_iter().flatten() {
        let cell_type = cell["type"].as_str().unwrap_or_default().trim_start_matches('\\');
        let Some(timing) = lib.get(cell_type) else {
            untimed.insert(cell_type.to_string());
            continue;
        };
        let bit = |(port, i): &Pin| cell["connections"][port.as_str()][*i].as_u64();
        for ((from, to), ps) in &timing.arcs {
            if let (Some(f), Some(t)) = (bit(from), bit(to)) {
                let d =
                    drivers.entry(t).or_insert_with(|| Driver { inputs: Vec::new(), cell_type: cell_type.to_string() });
                d.inputs.push((f, *ps));
            }
        }
        for (pin, setup) in &timing.setup {
            if let Some(b) = bit(pin) {
                let register = if cell_type.starts_with("FD") {
                    cell["connections"]["Q"][0]
                        .as_u64()
                        .and_then(|q| names.get(&q))
                        .cloned()
                        .unwrap_or_else(|| cell_name.clone())
                } else {
                    // A memory's BRAMs or LUTRAMs are `<memory>.mem.<row>.<column>`: one entry.
                    cell_name.rfind(".mem.").map_or(cell_name.as_str(), |i| &cell_name[..i]).to_string()
                };
                // One entry per register and pin: bit indices dropped.
                let register = register.split('[').next().unwrap_or_default().trim_start_matches('\\').to_string();
                endpoints.push((b, *setup, format!("{register}.{}", pin.0)));
            }
        }
    }
    if !untimed.is_empty() {
        return Err(format!("cells without timing in the library: {untimed:?}"));
    }

    // Arrival of each net, and the input it came through.
    let mut arrival: HashMap<u64, (u64, Option<u64>)> = HashMap::new();
    let mut on_stack = std::collections::HashSet::new();
    fn visit(
        net: u64,
        drivers: &HashMap<u64, Driver>,
        arrival: &mut HashMap<u64, (u64, Option<u64>)>,
        on_stack: &mut std::collections::HashSet<u64>,
        names: &HashMap<u64, String>,
    ) -> Result<u64, String> {
        if let Some(&(a, _)) = arrival.get(&net) {
            return Ok(a);
        }
        if !on_stack.insert(net) {
            return Err(format!(
                "combinational loop through {}",
                names.get(&net).map_or("an unnamed net", String::as_str)
            ));
        }
        let mut best = (0, None);
        for &(input, ps) in drivers.get(&net).map(|d| d.inputs.as_slice()).unwrap_or_default() {
            let a = visit(input, drivers, arrival, on_stack, names)? + ps;
            if a >= best.0 {
                best = (a, Some(input));
            }
        }
        on_stack.remove(&net);
        arrival.insert(net, best);
        Ok(best.0)
    }

    let mut by_register: HashMap<String, Late> = HashMap::new();
    let (mut worst_ps, mut worst_net, mut bits_over) = (0, None, 0);
    for (net, setup, register) in &endpoints {
        let ps = visit(*net, &drivers, &mut arrival, &mut on_stack, &names)? + setup;
        if ps > worst_ps {
            (worst_ps, worst_net) = (ps, Some(*net));
        }
        if ps <= budget_ps {
            continue;
        }
        bits_over += 1;
        let late = by_register.entry(register.clone()).or_insert_with(|| Late {
            endpoint: register.clone(),
            bits_over: 0,
            worst_ps: 0,
            path: Vec::new(),
        });
        late.bits_over += 1;
        if ps > late.worst_ps {
            late.worst_ps = ps;
            late.path = named_path(*net, &drivers, &arrival, &names);
        }
    }
    let mut worst_path = Vec::new();
    let mut net = worst_net;
    while let Some(n) = net {
        match drivers.get(&n) {
            Some(d) if d.cell_type != "BUFG" => worst_path.push(d.cell_type.clone()),
            _ => {}
        }
        net = arrival.get(&n).and_then(|&(_, from)| from);
    }
    worst_path.reverse();
    let mut late: Vec<Late> = by_register.into_values().collect();
    late.sort_by(|a, b| b.worst_ps.cmp(&a.worst_ps).then(a.endpoint.cmp(&b.endpoint)));
    Ok(Report { worst_ps, worst_path, endpoint_bits: endpoints.len(), bits_over, late })
}

/// The named nets on a net's slowest path, from the register output it starts at (the last
/// named net before the clock) to the net itself, each with its arrival; a bus is named once,
/// at its last bit on the path.
fn named_path(
    mut net: u64,
    drivers: &HashMap<u64, Driver>,
    arrival: &HashMap<u64, (u64, Option<u64>)>,
    names: &HashMap<u64, String>,
) -> Vec<(String, u64)> {
    let mut path: Vec<(String, u64)> = Vec::new();
    loop {
        if let Some(name) = names.get(&net) {
            let name = name.trim_start_matches('\\').to_string();
            let bus = |n: &str| n.split('[').next().unwrap_or_default().to_string();
            if !matches!(path.last(), Some((last, _)) if bus(last) == bus(&name)) {
                path.push((name, arrival.get(&net).map_or(0, |&(a, _)| a)));
            }
        }
        let Some(&(_, Some(from))) = arrival.get(&net) else { break };
        // A clock-to-out arc: `net` is a register's or RAM's output, where the path starts.
        if drivers.get(&from).is_some_and(|d| d.cell_type == "BUFG") {
            break;
        }
        net = from;
    }
    path.reverse();
    path
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn bin(v: u64) -> String {
        format!("{v:032b}")
    }

    /// A library of BUFG, LUT2 and FDRE as yosys writes `cells_sim.v`'s specify blocks.
    fn lib() -> Value {
        let arc = |ty: &str, src: u64, dst: u64, ps: u64| json!({"type": ty, "parameters": {"FULL": "0", "T_RISE_MAX": bin(ps), "T_FALL_MAX": bin(ps)}, "connections": {"SRC": [src], "DST": [dst]}});
        let setup = |src: u64, ps: u64| json!({"type": "$specrule", "parameters": {"TYPE": "$setup", "T_LIMIT_MAX": bin(ps)}, "connections": {"SRC": [src], "DST": [2]}});
        json!({"modules": {
            "BUFG": {"ports": {"I": {"bits": [2]}, "O": {"bits": [3]}}, "cells": {"a": arc("$specify2", 2, 3, 96)}},
            "LUT2": {"ports": {"I0": {"bits": [2]}, "I1": {"bits": [3]}, "O": {"bits": [4]}},
                     "cells": {"a": arc("$specify2", 2, 4, 238), "b": arc("$specify2", 3, 4, 127)}},
            "FDRE": {"ports": {"C": {"bits": [2]}, "D": {"bits": [3]}, "CE": {"bits": [4]}, "Q": {"bits": [5]}},
                     "cells": {"q": arc("$specify3", 2, 5, 303), "d": setup(3, 0), "ce": setup(4, 109)}},
        }})
    }

    /// `first.q` through a LUT2 into `second`'s D; `lut_input` is the LUT's other input.
    fn netlist(lut_input: Value) -> Value {
        json!({"modules": {"top": {
        "netnames": {"clock": {"bits": [2]}, "first.q": {"bits": [4]}, "second.q": {"bits": [6]}, "$abc$1": {"bits": [5], "hide_name": 1}},
        "cells": {
            "buf": {"type": "BUFG", "connections": {"I": [2], "O": [3]}},
            "first": {"type": "FDRE", "connections": {"C": [3], "D": [6], "CE": ["1"], "Q": [4]}},
            "lut": {"type": "LUT2", "connections": {"I0": [4], "I1": [lut_input], "O": [5]}},
            "second": {"type": "FDRE", "connections": {"C": [3], "D": [5], "CE": [4], "Q": [6]}},
        }}}})
    }

    #[test]
    fn every_endpoint_is_timed_from_the_clock_with_its_setup() {
        let report = analyse(&netlist(json!("0")), &lib(), 600).unwrap();
        // Clock buffer 96, clock-to-out 303, then the LUT (238) into D, or CE's setup (109).
        assert_eq!(report.worst_ps, 96 + 303 + 238);
        assert_eq!(report.worst_path, ["FDRE", "LUT2"]);
        assert_eq!((report.endpoint_bits, report.bits_over), (3, 1));
        assert_eq!(report.late.len(), 1);
        assert_eq!((report.late[0].endpoint.as_str(), report.late[0].from()), ("second.q.D", "first.q"));
        assert_eq!(analyse(&netlist(json!("0")), &lib(), 96 + 303 + 238).unwrap().bits_over, 0);
    }

    #[test]
    fn a_combinational_loop_is_an_error() {
        let err = analyse(&netlist(json!(5)), &lib(), 600).err().unwrap();
        assert!(err.contains("combinational loop"), "{err}");
    }

    #[test]
    fn a_cell_without_timing_is_an_error() {
        let mut n = netlist(json!("0"));
        n["modules"]["top"]["cells"]["lut"]["type"] = json!("LUT9");
        assert!(analyse(&n, &lib(), 600).err().unwrap().contains("LUT9"));
    }
}
