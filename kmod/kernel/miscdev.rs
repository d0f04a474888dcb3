// SPDX-License-Identifier: GPL-2.0
//! A misc character device (`/dev/<name>`, dynamic minor) whose open files are Rust values.
//!
//! Stands in for upstream's `kernel::miscdevice` (Linux 6.13: `MiscDevice`,
//! `MiscDeviceRegistration`), whose shape it follows: a safe trait with open, release and ioctl,
//! one `file_operations` table per implementing type, built at compile time, and the file's
//! private data owned by Rust (made by `open`, given back to `release`). Like upstream's later
//! `MiscDevice::RegistrationData`, a registration carries data that every open is given. Delete
//! this file when the module moves to such a kernel.

use core::ffi::{c_int, c_long, c_uint, c_ulong};
use core::marker::PhantomData;
use core::mem::{offset_of, MaybeUninit};

use kernel::error::to_result;
use kernel::init::pin_init_from_closure;
use kernel::prelude::*;
use kernel::str::{CStr, CString};
use kernel::types::Opaque;

use super::raw;

/// The private data of one open file of a misc device.
pub(crate) trait MiscDevice: Sized + Send + Sync + 'static {
    /// What the device's registration holds and every `open` is given.
    type Data: Send + Sync + 'static;

    /// Opens a file: the returned value is the file's until [`release`](MiscDevice::release).
    fn open(data: &Self::Data) -> Result<KBox<Self>>;

    /// The file's last close (no other call on it runs or follows).
    fn release(this: KBox<Self>) {
        drop(this);
    }

    /// An `ioctl` on the file (`unlocked_ioctl`: calls on one file may run concurrently).
    fn ioctl(&self, cmd: u32, arg: usize) -> Result<isize>;
}

/// A registered misc device; deregistered on drop.
///
/// # Invariants
///
/// `misc` is registered, with [`VTable<T>::FOPS`] as its file operations and `name` as its
/// name. `data` is initialised before `misc` is registered and lives until it is deregistered.
#[pin_data(PinnedDrop)]
pub(crate) struct Registration<T: MiscDevice> {
    name: CString,
    data: T::Data,
    #[pin]
    misc: Opaque<raw::miscdevice>,
}

// SAFETY: `misc_deregister` may be called from any thread; `data` is `Send`.
unsafe impl<T: MiscDevice> Send for Registration<T> {}
// SAFETY: the `&self` methods only read `name` and `data`, which are `Sync`.
unsafe impl<T: MiscDevice> Sync for Registration<T> {}

impl<T: MiscDevice> Registration<T> {
    /// Registers `/dev/<name>` with permissions `mode`; its opens are given `data`.
    pub(crate) fn register(name: CString, mode: u16, data: T::Data) -> Result<Pin<KBox<Self>>> {
        // The string's buffer does not move when the `CString` does.
        let name_ptr = name.as_char_ptr().cast();
        let init = move |slot: *mut Opaque<raw::miscdevice>| {
            let misc = Opaque::raw_get(slot);
            let value = raw::miscdevice {
                minor: raw::UZURA_MISC_DYNAMIC_MINOR,
                name: name_ptr,
                fops: VTable::<T>::fops(),
                mode,
                ..ZEROED_MISCDEVICE
            };
            // SAFETY: the slot is valid for writes (pin-init hands it over uninitialised).
            unsafe { misc.write(value) };
            // SAFETY: a complete `miscdevice`, which stays where it is (`Registration` is
            // pinned) until `drop` deregisters it; its name and `data` outlive the registration.
            to_result(unsafe { raw::misc_register(misc) })
        };
        // SAFETY: `init` initialises the whole slot and returns `Ok` only if it registered it; on
        // failure the slot holds an unregistered plain value that needs no cleanup. It relies on
        // the slot not moving, which holds for a pinned `Registration`.
        let misc = unsafe { pin_init_from_closure(init) };
        // Fields are initialised in order: `data` is in place before the device can be opened.
        KBox::pin_init(try_pin_init!(Self { name, data, misc <- misc }), GFP_KERNEL)
    }

    /// The device's name (`/dev/<name>`).
    pub(crate) fn name(&self) -> &CStr {
        &self.name
    }

    /// The registration of `misc`.
    ///
    /// # Safety
    ///
    /// `misc` is the `misc` field of a live `Registration<T>`, which outlives `'a`.
    unsafe fn from_misc<'a>(misc: *const raw::miscdevice) -> &'a Self {
        // SAFETY: as required above; `Opaque` is a transparent wrapper of the C struct.
        unsafe { &*misc.cast::<u8>().sub(offset_of!(Self, misc)).cast::<Self>() }
    }
}

#[pinned_drop]
impl<T: MiscDevice> PinnedDrop for Registration<T> {
    fn drop(self: Pin<&mut Self>) {
        // SAFETY: registered (type invariant). When this returns no open is running and none
        // can start: files already open own their data and no longer use the registration.
        unsafe { raw::misc_deregister(self.misc.get()) };
    }
}

// SAFETY: all-zero is a valid `miscdevice`: null pointers, an empty list head.
const ZEROED_MISCDEVICE: raw::miscdevice = unsafe { MaybeUninit::zeroed().assume_init() };
// SAFETY: all-zero is a valid `file_operations`: null pointers, no callbacks, no flags.
const ZEROED_FOPS: raw::file_operations = unsafe { MaybeUninit::zeroed().assume_init() };

/// The file operations of misc devices whose files are `T`s.
struct VTable<T>(PhantomData<T>);

impl<T: MiscDevice> VTable<T> {
    /// One table per `T`, in read-only memory. `owner` pins this module while a file is open.
    const FOPS: raw::file_operations = raw::file_operations {
        owner: crate::THIS_MODULE.as_ptr().cast(),
        open: Some(Self::open),
        release: Some(Self::release),
        unlocked_ioctl: Some(Self::ioctl),
        ..ZEROED_FOPS
    };

    /// The table, as a `'static` reference: the compiler puts it in read-only memory.
    const fn fops() -> &'static raw::file_operations {
        &Self::FOPS
    }

    /// # Safety
    ///
    /// `file` is being opened through a misc device registered by a `Registration<T>`:
    /// `misc_open` put its `miscdevice` in `file->private_data` and holds `misc_mtx` during this
    /// call, so the registration cannot go away meanwhile.
    unsafe extern "C" fn open(_inode: *mut raw::inode, file: *mut raw::file) -> c_int {
        // SAFETY: as required above; the open call may read and write the private data.
        let reg = unsafe { Registration::<T>::from_misc((*file).private_data.cast()) };
        match T::open(&reg.data) {
            Ok(this) => {
                // The private data changes type: from here it is the `KBox<T>`, which `release`
                // takes back.
                // SAFETY: the file is being opened; nothing else uses its private data.
                unsafe { (*file).private_data = KBox::into_raw(this).cast() };
                0
            }
            Err(e) => e.to_errno(),
        }
    }

    /// # Safety
    ///
    /// `file` was opened by [`VTable::open`] and this is its release, which runs once, after
    /// every other call on it.
    unsafe extern "C" fn release(_inode: *mut raw::inode, file: *mut raw::file) -> c_int {
        // SAFETY: `open` stored a `KBox<T>` from `KBox::into_raw`; release takes it back once.
        let this = unsafe { KBox::<T>::from_raw((*file).private_data.cast()) };
        T::release(this);
        0
    }

    /// # Safety
    ///
    /// `file` was opened by [`VTable::open`] and is not released during the call.
    unsafe extern "C" fn ioctl(file: *mut raw::file, cmd: c_uint, arg: c_ulong) -> c_long {
        // SAFETY: `open` stored a `KBox<T>`, which `release` frees only after every call on the
        // file has returned; shared references only (calls may overlap).
        let this = unsafe { &*(*file).private_data.cast::<T>() };
        match this.ioctl(cmd, arg as usize) {
            Ok(r) => r as c_long,
            Err(e) => e.to_errno() as c_long,
        }
    }
}
