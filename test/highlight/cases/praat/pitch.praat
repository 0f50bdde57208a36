#!/usr/bin/env praat
# Measure mean pitch of every sound file in a folder
form Pitch analysis
  sentence Folder /home/user/recordings
  positive Minimum_pitch 75
  positive Maximum_pitch 500
  boolean Save_table 1
  comment Results are written to the Info window
endform

clearinfo
fileList = Create Strings as file list: "list", folder$ + "/*.wav"
numberOfFiles = Get number of strings
appendInfoLine: "Found ", numberOfFiles, " files"

for i to numberOfFiles
  selectObject: fileList
  fileName$ = Get string: i
  sound = Read from file: folder$ + "/" + fileName$
  pitch = To Pitch: 0.0, minimum_pitch, maximum_pitch
  mean = Get mean: 0, 0, "Hertz"
  if mean = undefined
    appendInfoLine: fileName$, tab$, "--"
  else
    appendInfoLine: fileName$, tab$, fixed$ (mean, 2)
  endif
  @cleanup: sound, pitch
endfor

procedure cleanup: .sound, .pitch
  removeObject: .sound, .pitch
endproc

# old-style commands
Create Sound from formula... sine 1 0 1 44100 1/2 * sin(2*pi*377*x)
Play
writeInfoLine: "Duration: ", Object_'sound'.xmax - Object_'sound'.xmin
x = 3.5e2 + 10% - 2 div 3 mod 2
printline Done with 'numberOfFiles' files
