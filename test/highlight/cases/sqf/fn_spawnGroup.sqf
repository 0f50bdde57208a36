/*
	Author: example
	Spawns a group of units at a marker.
*/
#include "..\script_macros.hpp"
#define MAX_UNITS 8

params [["_marker", "", [""]], ["_side", west], ["_count", 4, [0]]];
private _pos = getMarkerPos _marker;
private _group = createGroup [_side, true];

if (_count > MAX_UNITS) then {
	_count = MAX_UNITS;
};

for "_i" from 1 to _count do {
	private _unit = _group createUnit ["B_Soldier_F", _pos, [], 5, "FORM"];
	_unit setSkill 0.75;
	_unit addEventHandler ["Killed", {
		params ["_unit", "_killer"];
		systemChat format ["%1 was killed by %2", name _unit, name _killer];
	}];
};

{
	_x setBehaviour "AWARE";
	_x doMove (_pos vectorAdd [random 50, random 50, 0]);
} forEach units _group;

switch (side _group) do {
	case west: { hint "BLUFOR"; };
	case east: { hint 'OPFOR'; };
	default { diag_log "unknown side"; };
};

waitUntil { sleep 1; ({alive _x} count units _group) == 0 || !isNull objNull };
missionNamespace setVariable ["spawned", true, true];
GlobalCounter = GlobalCounter + 1;
_hex = 0xFF + $1A + 1.5e3;
_group
