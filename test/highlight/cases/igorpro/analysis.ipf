#pragma rtGlobals=3		// Use modern global access method and strict wave access.
#pragma version=1.2
#include <Peak AutoFind>

// @brief Smooths a wave and finds its peaks
// @param w the input wave
Function FindPeaksIn(w, [smoothing])
	Wave w
	Variable smoothing
	if (ParamIsDefault(smoothing))
		smoothing = 5
	endif
	String name = NameOfWave(w) + "_smth"
	Duplicate/O w, $name
	Wave smoothed = $name
	Smooth/B smoothing, smoothed
	Variable i, n = numpnts(smoothed), count = 0
	for (i = 1; i < n - 1; i += 1)
		if (smoothed[i] > smoothed[i-1] && smoothed[i] > smoothed[i+1])
			count += 1
			Printf "Peak %d at x=%g\r", count, pnt2x(smoothed, i)
		endif
	endfor
	return count
End

Function/S Describe(w)
	Wave/Z w
	if (!WaveExists(w))
		return "missing"
	endif
	NVAR/Z gCount = root:gCount
	SVAR gLabel = root:gLabel
	Make/O/N=(100) /D tmp = sin(x / 10) * 1.5e2 + 0x1F
	Display/K=1 tmp as "Sine"
	return num2str(WaveMax(w)) + ' max'
End

Macro ShowAll()
	DoWindow/F Graph0
	ModifyGraph mode=3, marker=19
	Variable v_flag = inf
End
